package id.smartkampung.demo;

/** Entry point of the demo program. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.out.println("smartkampung demo");
  }
}
