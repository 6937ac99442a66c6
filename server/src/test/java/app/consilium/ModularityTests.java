package app.consilium;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The features stay modules: no reaching into another feature's internals, no cycles between features. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(ConsiliumApplication.class);

	@Test
	void modulesAreWellFormed() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
