package dev.neonkit.repositorytest;

import dev.neonkit.annotations.Column;
import dev.neonkit.annotations.Id;
import dev.neonkit.annotations.NeonEntity;

/** A class built with its no-argument constructor and setters; an identity key. */
@NeonEntity
public class Owner {
    @Id private @Nullable Long id;
    @Column(unique = true) private String email;
    private @Nullable String name;

    public Owner() {}

    public Owner(String email, @Nullable String name) {
        this.email = email;
        this.name = name;
    }

    public @Nullable Long getId() {
        return id;
    }

    public void setId(@Nullable Long id) {
        this.id = id;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }
}
