package dev.neonkit.repositorytest;

/** An enum stored as its constant name. */
public enum Category { BOOK, MUSIC, FILM }
