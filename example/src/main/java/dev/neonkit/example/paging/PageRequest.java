package dev.neonkit.example.paging;

/**
 * Which page of an id-ordered list to read: the rows whose id is greater than {@code after}, at most {@code limit}.
 *
 * @param after the last id of the previous page; 0 for the first page
 * @param limit how many rows, 1 to {@link #MAX_LIMIT}
 */
public record PageRequest(long after, int limit) {

    /** The page size when the client names none. */
    public static final int DEFAULT_LIMIT = 20;
    /** The largest page a client may ask for. */
    public static final int MAX_LIMIT = 100;

    /** Checks the bounds; the messages name the query parameter a client sets. */
    public PageRequest {
        if (after < 0) {
            throw new IllegalArgumentException("after must be 0 or an id from a previous page's nextAfter, got " + after);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be from 1 to " + MAX_LIMIT + ", got " + limit);
        }
    }

    /** The {@code LIMIT} to query with: one row more than the page shows, to learn whether another follows. */
    public int fetchSize() {
        return limit + 1;
    }
}
