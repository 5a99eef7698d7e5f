package dev.neonkit.processor.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaClassGeneratorTest {

    @Test
    void classGoesToTheLongestSharedPackage() {
        assertEquals("shop", SchemaClassGenerator.commonPackage(List.of("shop", "shop.geo", "shop")));
        assertEquals("com.acme.shop", SchemaClassGenerator.commonPackage(List.of("com.acme.shop.a", "com.acme.shop.b")));
        // Whole package names, not string prefixes.
        assertEquals("com", SchemaClassGenerator.commonPackage(List.of("com.acme", "com.acmeinc")));
    }

    @Test
    void withoutASharedPackageTheFirstEntitysPackageIsUsed() {
        assertEquals("billing", SchemaClassGenerator.commonPackage(List.of("billing", "shop")));
    }
}
