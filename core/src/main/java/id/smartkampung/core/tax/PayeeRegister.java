package id.smartkampung.core.tax;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The register of payees — <i>daftar penerima/rekanan</i>: each payee once, by id. Immutable:
 * {@link #with} returns a new register.
 */
public final class PayeeRegister {
  private static final PayeeRegister EMPTY = new PayeeRegister(ImmutableMap.of());

  private final ImmutableMap<String, Payee> byId;

  private PayeeRegister(ImmutableMap<String, Payee> byId) {
    this.byId = byId;
  }

  /** The empty register. */
  public static PayeeRegister empty() {
    return EMPTY;
  }

  /**
   * A register of these payees.
   *
   * @throws IllegalArgumentException naming the id if two payees share one
   */
  public static PayeeRegister of(Collection<Payee> payees) {
    Map<String, Payee> m = new LinkedHashMap<>();
    for (Payee p : payees) {
      if (m.putIfAbsent(p.id(), p) != null) {
        throw new IllegalArgumentException("payee id '" + p.id() + "' appears twice in the register");
      }
    }
    return new PayeeRegister(ImmutableMap.copyOf(m));
  }

  /** This register with {@code payee} added, or replacing the payee of the same id. */
  public PayeeRegister with(Payee payee) {
    requireNonNull(payee, "payee");
    Map<String, Payee> m = new LinkedHashMap<>(byId);
    m.put(payee.id(), payee);
    return new PayeeRegister(ImmutableMap.copyOf(m));
  }

  /** The payee with that id, if registered. */
  public Optional<Payee> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The payee with that id.
   *
   * @throws IllegalArgumentException naming the id if it is not registered
   */
  public Payee get(String id) {
    Payee p = byId.get(id);
    if (p == null) {
      throw new IllegalArgumentException("payee '" + id + "' is not in the register");
    }
    return p;
  }

  /** All payees in registration order. */
  public Collection<Payee> payees() {
    return byId.values();
  }

  /** The number of payees. */
  public int size() {
    return byId.size();
  }
}
