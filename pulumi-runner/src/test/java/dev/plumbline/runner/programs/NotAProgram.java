package dev.plumbline.runner.programs;

/** Has a method named stack, but not of the entry point's shape. */
public class NotAProgram {

    public static void stack(String context) {
    }

    public void run(com.pulumi.Context context) {
    }
}
