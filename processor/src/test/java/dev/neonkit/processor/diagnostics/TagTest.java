package dev.neonkit.processor.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Tags are what builds and documentation refer to: each is distinct and spelled as the constant. */
class TagTest {

    @Test
    void everyTagIsDistinctAndSpelledAsItsConstant() {
        for (Tag tag : Tag.values()) {
            assertEquals(tag.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), tag.id());
            assertEquals("[neonkit:" + tag.id() + "]", tag.prefix());
        }
        assertEquals(Tag.values().length, Arrays.stream(Tag.values()).map(Tag::id).distinct().count());
    }
}
