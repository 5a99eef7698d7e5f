package dev.neonkit.schema.snapshot;

/**
 * A snapshot file that cannot be read: broken JSON, a missing or unexpected key, a value of the wrong kind, an
 * unsupported format version, or content the schema model rejects. The message starts with the 1-based line and
 * column and says what was expected.
 */
public final class SnapshotFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    /** An error at {@code line}:{@code column} (1-based). */
    public SnapshotFormatException(int line, int column, String problem) {
        super("line " + line + ", column " + column + ": " + problem);
        this.line = line;
        this.column = column;
    }

    /** The 1-based line of the problem. */
    public int line() {
        return line;
    }

    /** The 1-based column (in characters) of the problem. */
    public int column() {
        return column;
    }
}
