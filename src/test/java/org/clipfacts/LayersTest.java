package org.clipfacts;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.clipfacts.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package layers of the README's "How it works", read from the class files: a package imports only
 * packages on a floor below its own, so no arrow runs back up and there is no cycle. Packages on one floor
 * do not know each other. A new package must be given a floor here.
 */
class LayersTest {
    /** Top floor first. */
    private static final List<List<String>> FLOORS = List.of(
            List.of("cli"),
            List.of("spark", "server"),
            List.of("corpus"),
            List.of("eval", "check"),
            List.of("extract"),
            List.of("nlp", "output"),
            List.of("article", "model", "input"));

    private static JavaClasses mainClasses;

    @BeforeAll
    static void importMainClasses() throws URISyntaxException {
        // The main classes' own folder or jar: scanning the class path would read CoreNLP's models jar.
        Path main = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        mainClasses = new ClassFileImporter().importPath(main);
    }

    @Test
    void everyPackageHasAFloor() {
        classes().should().resideInAnyPackage(packagesOn(FLOORS)).check(mainClasses);
    }

    @Test
    void noPackageImportsItsOwnFloorOrAnyAbove() {
        for (int floor = 0; floor < FLOORS.size(); floor++) {
            for (String name : FLOORS.get(floor)) {
                List<String> sameOrAbove = new ArrayList<>(List.of(packagesOn(FLOORS.subList(0, floor + 1))));
                sameOrAbove.remove(qualified(name));
                noClasses().that().resideInAPackage(qualified(name))
                        .should().dependOnClassesThat().resideInAnyPackage(sameOrAbove.toArray(String[]::new))
                        .because(name + " is on floor " + floor + " (LayersTest.FLOORS): it may only use floors below")
                        .check(mainClasses);
            }
        }
    }

    @Test
    void packagesHaveNoCycle() {
        slices().matching("org.clipfacts.(**)").should().beFreeOfCycles().check(mainClasses);
    }

    private static String[] packagesOn(List<List<String>> floors) {
        return floors.stream().flatMap(List::stream).map(LayersTest::qualified).toArray(String[]::new);
    }

    private static String qualified(String name) {
        return "org.clipfacts." + name;
    }
}
