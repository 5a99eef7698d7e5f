package dev.neonkit.repositorytest;

import dev.neonkit.annotations.Id;
import dev.neonkit.annotations.NeonEntity;

/** A class built with its all-properties constructor; an application-assigned key and no version. */
@NeonEntity
public class Tag {
    @Id private final String name;
    private final int uses;
    private final @Nullable String description;

    public Tag(String name, int uses, @Nullable String description) {
        this.name = name;
        this.uses = uses;
        this.description = description;
    }

    public String name() {
        return name;
    }

    public int uses() {
        return uses;
    }

    public @Nullable String description() {
        return description;
    }
}
