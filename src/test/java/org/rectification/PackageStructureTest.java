package org.rectification;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Feature packages depend one way: a process that spans features has one owner for its glue, and the others
 * expose services or events ({@code deadline.DeadlineMoved}) instead of importing it.
 */
class PackageStructureTest {

	static final JavaClasses APP = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.rectification");

	@Test
	void featurePackagesAreFreeOfCycles() {
		slices().matching("org.rectification.(*)..").should().beFreeOfCycles().check(APP);
	}

}
