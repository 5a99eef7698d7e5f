package dev.neonkit.example.paging;

import java.util.List;
import java.util.Objects;
import java.util.function.ToLongFunction;
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

    /**
     * The page made of rows read with {@code LIMIT request.limit() + 1}: the extra row is not shown, it only says
     * that another page follows.
     */
    public static <T> Page<T> of(List<T> rowsPlusOne, PageRequest request, ToLongFunction<T> id) {
        if (rowsPlusOne.size() <= request.limit()) {
            return new Page<>(rowsPlusOne, null);
        }
        List<T> items = rowsPlusOne.subList(0, request.limit());
        return new Page<>(items, id.applyAsLong(items.get(items.size() - 1)));
    }
}
