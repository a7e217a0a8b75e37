package id.smartkampung.demo.scenario;

import id.smartkampung.core.official.SigningKey;

/** The officials' signing keys of the scenario with the README's seed, for tests that play a colluding insider. */
public final class ScenarioKeys {
  private ScenarioKeys() {}

  /** The key of the person with that id (the village's register number, e.g. 35.10.01.2003-P01), as the scenario derives it from the default seed. */
  public static SigningKey of(String personId) {
    return Person.derivedKey(Scenario.DEFAULT_SEED, personId);
  }
}
