package dev.neonkit.processor.model;

/**
 * The facts about an entity type that decide whether neonkit can map and instantiate it.
 *
 * @param declaredAs           what kind of type it is, in words ({@code class}, {@code record}, {@code interface},
 *                             {@code annotation type}, ...)
 * @param record               whether it is a record (otherwise a class, or something invalid)
 * @param classOrRecord        whether it is a class or a record at all (not an interface, enum or annotation)
 * @param isAbstract           whether it is abstract
 * @param generic              whether it declares type parameters
 * @param innerClass           whether it is a non-static nested (inner or local) type
 * @param usableConstructor    whether it can be built from its properties (records always can; see
 *                             {@code NeonEntity} for the rule for classes)
 */
public record EntityShape(
    String declaredAs,
    boolean record,
    boolean classOrRecord,
    boolean isAbstract,
    boolean generic,
    boolean innerClass,
    boolean usableConstructor) {}
