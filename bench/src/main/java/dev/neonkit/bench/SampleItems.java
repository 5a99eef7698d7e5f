package dev.neonkit.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Deterministic rows for seeding and inserting, so every run and every side writes the same data. */
public final class SampleItems {

    private SampleItems() {}

    /** The {@code n}-th sample row, not inserted yet. */
    public static BenchItem item(int n) {
        return BenchItem.unsaved("item " + n, n % 1_000, BigDecimal.valueOf(100 + n % 100_000, 2));
    }

    /** Sample rows {@code first} to {@code first + count - 1}. */
    public static List<BenchItem> items(int first, int count) {
        List<BenchItem> items = new ArrayList<>(count);
        for (int n = first; n < first + count; n++) {
            items.add(item(n));
        }
        return items;
    }
}
