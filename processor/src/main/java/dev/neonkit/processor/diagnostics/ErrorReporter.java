package dev.neonkit.processor.diagnostics;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The one place messages are printed: on the element (and annotation) they are about, prefixed with its tag,
 * and counted so later stages can refuse to run after an error.
 */
public final class ErrorReporter {

    private final Messager messager;
    /** javac's source trees, to place messages on repeated annotations; empty with other compilers. */
    private final Optional<Trees> trees;
    private int errorCount;
    /** Where errors were printed, so that the entities without any can still be generated. */
    private final Set<Element> elementsWithErrors = new HashSet<>();
    private boolean globalErrors;

    public ErrorReporter(ProcessingEnvironment environment) {
        this.messager = environment.getMessager();
        Optional<Trees> javacTrees;
        try {
            javacTrees = Optional.of(Trees.instance(environment));
        } catch (IllegalArgumentException | LinkageError notJavac) {
            javacTrees = Optional.empty();
        }
        this.trees = javacTrees;
    }

    /** Reports an error on {@code element}. */
    public void error(Tag tag, Element element, String format, Object... args) {
        print(Diagnostic.Kind.ERROR, tag, element, Optional.empty(), format, args);
    }

    /** Reports an error on {@code annotation} of {@code element}. */
    public void error(Tag tag, Element element, AnnotationMirror annotation, String format, Object... args) {
        print(Diagnostic.Kind.ERROR, tag, element, Optional.of(annotation), format, args);
    }

    /** Reports a warning on {@code element}. */
    public void warning(Tag tag, Element element, String format, Object... args) {
        print(Diagnostic.Kind.WARNING, tag, element, Optional.empty(), format, args);
    }

    /** Reports a message about the whole compilation (the migrations directory, for example). */
    public void global(Diagnostic.Kind kind, Tag tag, String message) {
        if (kind == Diagnostic.Kind.ERROR) {
            errorCount++;
            globalErrors = true;
        }
        messager.printMessage(kind, tag.prefix() + " " + message);
    }

    /** Whether any error was reported so far. */
    public boolean hasErrors() {
        return errorCount > 0;
    }

    /** Whether an error was reported about the whole compilation rather than an element. */
    public boolean hasGlobalErrors() {
        return globalErrors;
    }

    /** Whether an error was reported on {@code type} or on anything it encloses (a property, an accessor). */
    public boolean hasErrorsWithin(Element type) {
        for (Element reported : elementsWithErrors) {
            for (Element scope = reported; scope != null; scope = scope.getEnclosingElement()) {
                if (scope.equals(type)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void print(
            Diagnostic.Kind kind, Tag tag, Element element, Optional<AnnotationMirror> annotation, String format,
            Object... args) {
        if (kind == Diagnostic.Kind.ERROR) {
            errorCount++;
            elementsWithErrors.add(element);
        }
        String message = tag.prefix() + " " + String.format(format, args);
        if (annotation.isPresent()) {
            if (!printOnRepeatedAnnotation(kind, message, element, annotation.get())) {
                messager.printMessage(kind, message, element, annotation.get());
            }
        } else {
            messager.printMessage(kind, message, element);
        }
    }

    /**
     * Prints on the source of {@code annotation} when it is one of several repeated annotations. javac wraps those in a
     * synthesized container that has no source position, so the Messager would point at the type instead; the i-th
     * value of the container is the i-th annotation of that type written on the element.
     */
    private boolean printOnRepeatedAnnotation(
            Diagnostic.Kind kind, String message, Element element, AnnotationMirror annotation) {
        if (trees.isEmpty() || element.getAnnotationMirrors().contains(annotation)) {
            return false;
        }
        int position = -1;
        for (AnnotationMirror container : element.getAnnotationMirrors()) {
            for (var entry : container.getElementValues().entrySet()) {
                if (entry.getKey().getSimpleName().contentEquals("value")
                        && entry.getValue().getValue() instanceof List<?> values) {
                    for (int i = 0; i < values.size(); i++) {
                        if (((AnnotationValue) values.get(i)).getValue().equals(annotation)) {
                            position = i;
                        }
                    }
                }
            }
        }
        TreePath path = trees.get().getPath(element);
        if (position < 0 || path == null || !(path.getLeaf() instanceof ClassTree type)) {
            return false;
        }
        String simpleName = annotation.getAnnotationType().asElement().getSimpleName().toString();
        List<? extends AnnotationTree> written = type.getModifiers().getAnnotations().stream()
                .filter(tree -> lastSegment(tree.getAnnotationType()).equals(simpleName))
                .toList();
        if (position >= written.size()) {
            return false;
        }
        trees.get().printMessage(kind, message, written.get(position), path.getCompilationUnit());
        return true;
    }

    private static String lastSegment(Tree annotationType) {
        String name = annotationType.toString();
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
