package id.smartkampung.demo.scenario;

import java.time.LocalDate;

/** Follows the simulation as it runs — <i>pemantau jalannya simulasi</i> (e.g. a console progress bar). */
public interface ScenarioListener {
  /** Ignores everything. */
  ScenarioListener NONE = new ScenarioListener() {};

  /** A simulated week ended ({@code week} of {@code weeks}, on {@code date}). */
  default void weekDone(int week, int weeks, LocalDate date) {}

  /** A planted misconduct was caught. */
  default void caught(CaughtCase c) {}
}
