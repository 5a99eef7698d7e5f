package dev.neonkit.schema.sql;

import dev.neonkit.schema.diff.Change;
import dev.neonkit.schema.diff.Change.AddCheck;
import dev.neonkit.schema.diff.Change.AddForeignKey;
import dev.neonkit.schema.diff.Change.AddPrimaryKey;
import dev.neonkit.schema.diff.Change.AddUnique;
import dev.neonkit.schema.diff.Change.CreateIndex;
import dev.neonkit.schema.diff.Change.DropCheck;
import dev.neonkit.schema.diff.Change.DropForeignKey;
import dev.neonkit.schema.diff.Change.DropIndex;
import dev.neonkit.schema.diff.Change.DropPrimaryKey;
import dev.neonkit.schema.diff.Change.DropUnique;
import dev.neonkit.schema.diff.Change.RenameConstraint;
import dev.neonkit.schema.diff.Change.RenameIndex;
import dev.neonkit.schema.diff.Change.SetDefault;
import dev.neonkit.schema.diff.Change.SetIdentity;
import dev.neonkit.schema.diff.Change.SetNullability;
import dev.neonkit.schema.diff.Change.AddColumn;
import dev.neonkit.schema.diff.Change.AlterColumnType;
import dev.neonkit.schema.diff.Change.CreateTable;
import dev.neonkit.schema.diff.Change.DropColumn;
import dev.neonkit.schema.diff.Change.DropTable;
import dev.neonkit.schema.diff.Change.RenameColumn;
import dev.neonkit.schema.diff.Change.RenameTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Derives the description part of a migration's file name from what the migration does:
 * {@code create_customer}, {@code create_customer_and_purchase_order}, {@code add_customer_phone},
 * {@code rename_customer_email_to_mail}, {@code drop_customer_name}, {@code alter_customer}.
 *
 * <p>Table and column changes name the migration; when there are none, the tables whose constraints, indexes or
 * column settings change do ({@code alter_<table>}). Phrases are joined with {@code _and_}, most telling first:
 * create, add, rename, change, drop. Phrases that do not fit in {@link #MAX_LENGTH} are left out and the slug
 * ends in {@code _and_more}; a single phrase that is too long by itself is cut at a word.
 */
public final class DescriptionSlugs {

    /** The longest slug; keeps file names readable and well inside file-system limits. */
    public static final int MAX_LENGTH = 60;

    private static final String MORE = "_and_more";
    private static final List<String> VERB_ORDER = List.of("create", "add", "rename", "change", "drop");

    private DescriptionSlugs() {
    }

    /** The slug for a script made of {@code changes}. */
    public static String describe(List<Change> changes) {
        Map<String, Set<String>> subjectsByVerb = new LinkedHashMap<>();
        for (String verb : VERB_ORDER) {
            subjectsByVerb.put(verb, new LinkedHashSet<>());
        }
        for (Change change : changes) {
            change.accept(PHRASES).ifPresent(phrase -> subjectsByVerb.get(phrase.verb()).add(phrase.subject()));
        }
        subjectsByVerb.values().removeIf(Set::isEmpty);
        if (subjectsByVerb.isEmpty()) {
            Set<String> tables = new LinkedHashSet<>();
            changes.forEach(change -> tables.add(change.table().name()));
            subjectsByVerb.put("alter", tables);
        }
        List<String> phrases = new ArrayList<>();
        subjectsByVerb.forEach((verb, subjects) ->
                phrases.add(sanitize(verb + "_" + joinWithAnd(new ArrayList<>(subjects)))));
        String slug = phrases.get(0);
        for (int i = 1; i < phrases.size(); i++) {
            String longer = slug + "_and_" + phrases.get(i);
            if (longer.length() > MAX_LENGTH) {
                return fit(slug + MORE);
            }
            slug = longer;
        }
        return fit(slug);
    }

    /** What a change contributes to the slug: a verb of {@link #VERB_ORDER} and its subject. */
    private record Phrase(String verb, String subject) {}

    /** Table and column changes name the migration; constraint, index and column-setting changes do not. */
    private static final Change.Visitor<Optional<Phrase>> PHRASES = new Change.Visitor<>() {
        @Override
        public Optional<Phrase> visit(CreateTable change) {
            return phrase("create", change.table().name());
        }

        @Override
        public Optional<Phrase> visit(DropTable change) {
            return phrase("drop", change.table().name());
        }

        @Override
        public Optional<Phrase> visit(RenameTable change) {
            return phrase("rename", change.from().name() + "_to_" + change.to().name());
        }

        @Override
        public Optional<Phrase> visit(AddColumn change) {
            return phrase("add", change.table().name() + "_" + change.column().name());
        }

        @Override
        public Optional<Phrase> visit(DropColumn change) {
            return phrase("drop", change.table().name() + "_" + change.column().name());
        }

        @Override
        public Optional<Phrase> visit(RenameColumn change) {
            return phrase("rename", change.table().name() + "_" + change.from() + "_to_" + change.to());
        }

        @Override
        public Optional<Phrase> visit(AlterColumnType change) {
            return phrase("change", change.table().name() + "_" + change.column() + "_type");
        }

        @Override
        public Optional<Phrase> visit(SetNullability change) {
            return Optional.empty();
        }

        @Override
        public Optional<Phrase> visit(SetDefault change) {
            return Optional.empty();
        }

        @Override
        public Optional<Phrase> visit(SetIdentity change) {
            return Optional.empty();
        }

        @Override
        public Optional<Phrase> visit(AddPrimaryKey change) {
            return Optional.empty();
        }

        @Override
        public Optional<Phrase> visit(DropPrimaryKey change) {
            return Optional.empty();
        }

        @Override
        public Optional<Phrase> visit(AddUnique change) {
            return Optional.empty();
        }

        @Override
        public Optional<Phrase> visit(DropUnique change) {
            return Optional.empty();
        }

        @Override
        public Optional<Phrase> visit(CreateIndex change) {
            return Optional.empty();
        }

        @Override
        public Optional<Phrase> visit(DropIndex change) {
            return Optional.empty();
        }

        @Override
        public Optional<Phrase> visit(AddForeignKey change) {
            return Optional.empty();
        }

        @Override
        public Optional<Phrase> visit(DropForeignKey change) {
            return Optional.empty();
        }

        @Override
        public Optional<Phrase> visit(AddCheck change) {
            return Optional.empty();
        }

        @Override
        public Optional<Phrase> visit(DropCheck change) {
            return Optional.empty();
        }

        @Override
        public Optional<Phrase> visit(RenameConstraint change) {
            return Optional.empty();
        }

        @Override
        public Optional<Phrase> visit(RenameIndex change) {
            return Optional.empty();
        }

        private Optional<Phrase> phrase(String verb, String subject) {
            return Optional.of(new Phrase(verb, subject));
        }
    };

    /**
     * {@code prefix} followed by the given names, as one bounded slug: {@code validate_a_and_b}. Names that do not
     * fit are left out whole and the slug ends in {@code _and_more}.
     */
    public static String of(String prefix, List<String> names) {
        String full = sanitize(prefix + "_" + joinWithAnd(names));
        if (full.length() <= MAX_LENGTH) {
            return full;
        }
        String slug = sanitize(prefix + "_" + names.get(0));
        for (int i = 1; i < names.size(); i++) {
            String longer = slug + "_" + sanitize(names.get(i));
            if (longer.length() + MORE.length() > MAX_LENGTH) {
                break;
            }
            slug = longer;
        }
        return fit(slug + MORE);
    }

    private static String joinWithAnd(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join("_", items.subList(0, items.size() - 1)) + "_and_" + items.get(items.size() - 1);
    }

    /** Keeps {@code [a-z0-9]}, turning every other run of characters into one underscore. */
    private static String sanitize(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return slug.isEmpty() ? "migration" : slug;
    }

    private static String fit(String slug) {
        if (slug.length() <= MAX_LENGTH) {
            return slug;
        }
        String body = slug.endsWith(MORE) ? slug.substring(0, slug.length() - MORE.length()) : slug;
        int room = MAX_LENGTH - MORE.length();
        if (body.length() > room) {
            // Cut at the last word break that fits, so no word is split.
            int lastBreak = body.lastIndexOf('_', room);
            body = body.substring(0, lastBreak > 0 ? lastBreak : room);
        }
        // Do not leave a dangling "and" before "_and_more".
        if (body.endsWith("_and")) {
            body = body.substring(0, body.length() - 4);
        }
        return body + MORE;
    }
}
