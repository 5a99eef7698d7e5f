package dev.neonkit.processor.migration;

import dev.neonkit.schema.model.SchemaModel;

public final class SchemaRendering {
  public static String schemaDoc(SchemaModel model) {
    return "# Schema (temporary)\n" + model.tables().stream().map(t -> "- " + t.name().qualified() + "\n").reduce("", String::concat);
  }
}
