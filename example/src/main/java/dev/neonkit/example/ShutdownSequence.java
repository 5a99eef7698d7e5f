package dev.neonkit.example;

import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What to close when the service stops, closed in the reverse order of start-up: the HTTP server first (no new
 * requests), then the pool, then the embedded database the pool was connected to. Runs once, from the JVM's shutdown
 * hook (SIGTERM, Ctrl-C, {@code System.exit}), and prints what it did.
 */
final class ShutdownSequence implements Runnable {
    private final PrintStream out;
    private final Deque<Step> steps = new ArrayDeque<>();
    private boolean ran;

    ShutdownSequence(PrintStream out) {
        this.out = out;
    }

    /** Adds a resource to close; {@code done} says what closing it achieved, for the log. */
    synchronized void add(String done, AutoCloseable resource) {
        steps.push(new Step(done, resource));
    }

    @Override
    public synchronized void run() {
        if (ran || steps.isEmpty()) {
            return;
        }
        ran = true;
        out.println("Stopping ...");
        while (!steps.isEmpty()) {
            Step step = steps.pop();
            try {
                step.resource().close();
                out.println("  " + step.done());
            } catch (Exception e) {
                out.println("  failed: " + step.done() + ": " + e);
            }
        }
        out.println("Stopped.");
        out.flush();
    }

    private record Step(String done, AutoCloseable resource) {}
}
