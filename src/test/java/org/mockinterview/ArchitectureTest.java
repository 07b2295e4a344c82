package org.mockinterview;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the package graph a tree: no cycles (a package and its sub-packages included), a kernel that imports no
 * feature, no feature reaching into another's internals, and exactly the edges docs/ARCHITECTURE.md draws.
 */
@AnalyzeClasses(packages = "org.mockinterview", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "org.mockinterview.";
    /** Shared by every package and drawn apart from the feature graph: the vocabulary and the infrastructure. */
    private static final Set<String> SHARED = Set.of("kernel", "platform");
    private static final java.nio.file.Path DIAGRAM = java.nio.file.Path.of("docs/ARCHITECTURE.md");
    /** A mermaid edge, {@code from --> to}, either node optionally labelled: {@code resume_parse[resume.parse]}. */
    private static final Pattern EDGE =
            Pattern.compile("^\\s*(\\w+)(?:\\[[^]]*])?\\s*-->\\s*(\\w+)(?:\\[[^]]*])?\\s*$");

    private static final ArchCondition<JavaClass> NOT_USE_OTHER_FEATURES_INTERNALS =
            new ArchCondition<>("not use another feature's entities, repositories or REST resources") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                        JavaClass target = d.getTargetClass();
                        if (target.getPackageName().startsWith(ROOT) && isInternal(target)
                                && !feature(origin).equals(feature(target))) {
                            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                        }
                    }
                }
            };

    /**
     * Every package is its own slice, so {@code resume -> resume.parse -> resume} is a cycle like any other.
     */
    @ArchTest
    static void noCycles(JavaClasses classes) {
        slices().matching("org.mockinterview.(**)").should().beFreeOfCycles().check(classes);
    }

    /** The kernel is vocabulary: the JDK and Jackson's annotations, nothing of the service. */
    @ArchTest
    static void kernelImportsNoFeature(JavaClasses classes) {
        classes().that().resideInAPackage("org.mockinterview.kernel..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.mockinterview.kernel..", "java..",
                        "com.fasterxml.jackson.annotation..")
                .check(classes);
    }

    /** Entities, repositories and REST resources are a feature's internals; others use its services and records. */
    @ArchTest
    static void noFeatureUsesAnothersInternals(JavaClasses classes) {
        classes().that().resideInAPackage("org.mockinterview..").should(NOT_USE_OTHER_FEATURES_INTERNALS)
                .check(classes);
    }

    /** Only the edges the diagram draws, plus kernel and platform for everyone. */
    @ArchTest
    static void packagesDependOnlyAsDrawn(JavaClasses classes) {
        Map<String, Set<String>> drawn = drawnEdges();
        Set<String> layers = new TreeSet<>(SHARED);
        drawn.forEach((from, to) -> {
            layers.add(from);
            layers.addAll(to);
        });
        // a package the diagram does not draw fails too, so a new one cannot slip in unchecked
        LayeredArchitecture rule = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .ensureAllClassesAreContainedInArchitecture();
        for (String layer : layers) {
            rule = rule.layer(layer).definedBy(packagesOf(layer));
        }
        rule = rule.whereLayer("kernel").mayNotAccessAnyLayer().whereLayer("platform").mayNotAccessAnyLayer();
        for (String layer : layers) {
            if (!SHARED.contains(layer)) {
                Set<String> allowed = new TreeSet<>(SHARED);
                allowed.addAll(drawn.getOrDefault(layer, Set.of()));
                rule = rule.whereLayer(layer).mayOnlyAccessLayers(allowed.toArray(String[]::new));
            }
        }
        rule.check(classes);
    }

    /** An edge the code no longer has is as false as a missing one. */
    @ArchTest
    static void everyDrawnEdgeIsUsed(JavaClasses classes) {
        Map<String, Set<String>> used = new TreeMap<>();
        for (JavaClass c : classes) {
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String from = layerOf(c.getPackageName());
                String to = layerOf(d.getTargetClass().getPackageName());
                if (from != null && to != null && !from.equals(to)) {
                    used.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
                }
            }
        }
        drawnEdges().forEach((from, to) -> assertThat(used.getOrDefault(from, Set.of()))
                .as("edges drawn from %s in %s", from, DIAGRAM).containsAll(to));
    }

    static boolean isInternal(JavaClass c) {
        return c.isAnnotatedWith(Entity.class) || c.isAnnotatedWith(Path.class)
                || c.isAssignableTo(PanacheRepositoryBase.class);
    }

    /** The top-level package under org.mockinterview: a feature with all its sub-packages. */
    static String feature(JavaClass c) {
        String rest = c.getPackageName().substring(ROOT.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** The diagram's node of a package ({@code resume.parse -> resume_parse}); kernel, platform: sub-packages too. */
    static String layerOf(String pkg) {
        if (!pkg.startsWith(ROOT)) {
            return null;
        }
        String rest = pkg.substring(ROOT.length());
        for (String shared : SHARED) {
            if (rest.equals(shared) || rest.startsWith(shared + ".")) {
                return shared;
            }
        }
        return rest.replace('.', '_');
    }

    private static String[] packagesOf(String layer) {
        return new String[] {SHARED.contains(layer) ? ROOT + layer + ".." : ROOT + layer.replace('_', '.')};
    }

    /** The edges of the mermaid diagram in docs/ARCHITECTURE.md, e.g. {@code interview --> coach}. */
    static Map<String, Set<String>> drawnEdges() {
        String doc;
        try {
            doc = Files.readString(DIAGRAM);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int start = doc.indexOf("```mermaid");
        assertThat(start).as("a mermaid block in %s", DIAGRAM).isNotNegative();
        Map<String, Set<String>> edges = new TreeMap<>();
        for (String line : doc.substring(start, doc.indexOf("```", start + 3)).split("\n")) {
            Matcher m = EDGE.matcher(line);
            if (m.matches()) {
                edges.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
            }
        }
        assertThat(edges).as("edges in %s", DIAGRAM).isNotEmpty();
        return edges;
    }
}
