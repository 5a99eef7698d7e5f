package dev.neonkit.example.store;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list read in id order (keyset pagination): the rows, and the id to continue after.
 *
 * @param items     the rows of this page, in ascending id order
 * @param nextAfter the {@code after} value that reads the next page; {@code null} on the last page
 * @param <T>       the row type
 */
public record Page<T>(List<T> items, @Nullable Long nextAfter) {

    /** Copies the rows. */
    public Page {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
    }
}
