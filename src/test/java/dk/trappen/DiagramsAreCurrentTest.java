package dk.trappen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * docs/processes.md shows every model as an SVG rendered by {@code tools/render-diagrams.mjs}
 * (bpmn-js in headless Chromium). A model changed without re-rendering leaves the docs showing an
 * old process: this test finds every flow node of each model in its SVG and the SVG in the docs.
 */
class DiagramsAreCurrentTest {

    static Stream<Path> models() throws IOException {
        return Files.list(Path.of("bpmn")).filter(p -> p.toString().endsWith(".bpmn")).sorted();
    }

    @ParameterizedTest
    @MethodSource("models")
    void theRenderedDiagramShowsEveryFlowNodeOfTheModel(Path model) throws IOException {
        String name = model.getFileName().toString().replace(".bpmn", "");
        Path svg = Path.of("docs/diagrams", name + ".svg");
        assertThat(svg).as("run `node tools/render-diagrams.mjs %s`", model).exists();
        String rendered = Files.readString(svg);
        List<String> missing = Bpmn.readModelFromFile(model.toFile()).getModelElementsByType(FlowNode.class).stream()
                .map(FlowNode::getId).filter(id -> !rendered.contains("data-element-id=\"" + id + "\"")).sorted().toList();
        assertThat(missing).as("flow nodes of %s missing in %s: run `node tools/render-diagrams.mjs %s`", model, svg, model)
                .isEmpty();
        assertThat(Files.readString(Path.of("docs/processes.md"))).as("docs/processes.md shows %s", svg)
                .contains("diagrams/" + name + ".svg");
    }
}
