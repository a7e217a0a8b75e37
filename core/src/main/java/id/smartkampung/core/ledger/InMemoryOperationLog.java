package id.smartkampung.core.ledger;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.Api;
import java.util.ArrayList;
import java.util.List;

/**
 * An {@link OperationLog} in memory — <i>jurnal sementara</i>: keeps what was appended, for tests,
 * demos and replay ({@link Ledger#replay}). Thread-safe.
 */
@Api(Api.Status.STABLE)
public final class InMemoryOperationLog implements OperationLog {
  private final List<Operation> operations = new ArrayList<>();

  /** An empty log. */
  public static InMemoryOperationLog create() {
    return new InMemoryOperationLog();
  }

  private InMemoryOperationLog() {}

  @Override
  public synchronized void append(long sequence, Operation operation) {
    if (sequence != operations.size() + 1) {
      throw new IllegalStateException("log expected sequence " + (operations.size() + 1) + ", got " + sequence);
    }
    operations.add(operation);
  }

  /** What was appended, in order. */
  public synchronized ImmutableList<Operation> operations() {
    return ImmutableList.copyOf(operations);
  }
}
