package dk.trappen;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module picture of docs/architecture.md stays true: every top-level package under
 * {@code dk.trappen} is a module whose public face is its root package; its sub-packages
 * ({@code internal}, {@code process}, {@code web}) are its own. Modules use each other only through
 * those public types, and their dependencies have no cycles.
 */
class ModuleStructureTest {

    static final ApplicationModules MODULES = ApplicationModules.of(TrappenApplication.class);

    @Test
    void modulesUseOnlyEachOthersPublicTypesAndFormNoCycles() {
        MODULES.verify();
    }

    /**
     * The module diagrams (C4 component diagrams in PlantUML), written to
     * {@code target/spring-modulith-docs}: {@code components.puml} for all modules and
     * {@code module-<name>.puml} for each, for docs/ to reference.
     */
    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES)
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
    }
}
