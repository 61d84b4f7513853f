package org.rectification.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.rectification.support.H2Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every process in bpmn/ is deployed together with every form in forms/, and every formRef resolves. */
@H2Test
class ProcessDeploymentTest {

	@Autowired
	RepositoryService repositoryService;

	@Test
	void shouldDeployEveryFormFileWithTheProcesses() throws IOException {
		List<String> formFiles = files("forms", ".form");
		assertThat(formFiles).isNotEmpty();

		for (String bpmn : files("bpmn", ".bpmn")) {
			String key = bpmn.replace(".bpmn", "");
			ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
				.processDefinitionKey(key)
				.latestVersion()
				.singleResult();
			assertThat(definition).as("process %s is deployed with id = file name", key).isNotNull();
			List<String> resources = repositoryService.getDeploymentResourceNames(definition.getDeploymentId());
			for (String form : formFiles) {
				assertThat(resources).as("deployment of %s", key).anyMatch(r -> r.endsWith("forms/" + form));
			}
		}
	}

	@Test
	void shouldBindEveryUserTaskToADeployedFormWhoseIdIsItsFileName() throws IOException {
		ObjectMapper json = new ObjectMapper();
		List<String> formIds = files("forms", ".form").stream().map(f -> {
			try {
				String id = json.readTree(Path.of("forms", f).toFile()).get("id").asText();
				assertThat(id + ".form").as("form id equals file name").isEqualTo(f);
				return id;
			}
			catch (IOException e) {
				throw new IllegalStateException(e);
			}
		}).toList();

		for (String bpmn : files("bpmn", ".bpmn")) {
			ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
				.processDefinitionKey(bpmn.replace(".bpmn", ""))
				.latestVersion()
				.singleResult();
			BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
			for (UserTask task : model.getModelElementsByType(UserTask.class)) {
				assertThat(task.getCamundaFormRef()).as("formRef of %s", task.getId()).isIn(formIds);
				assertThat(task.getCamundaFormRefBinding()).isEqualTo("deployment");
			}
		}
	}

	private static List<String> files(String dir, String suffix) throws IOException {
		try (Stream<Path> paths = Files.list(Path.of(dir))) {
			return paths.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix)).sorted().toList();
		}
	}

}
