package dk.trappen.models.internal;

import java.io.ByteArrayInputStream;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import dk.trappen.models.internal.CodeRules.Finding;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.instance.DomElement;

/**
 * The conventions for a DMN file (named after a decision key, every decision with a name, a history
 * time to live and a shape in the diagram), FEEL as its only language, and the law's limits.
 */
final class DmnRules {

    private DmnRules() {
    }

    static void check(byte[] xml, String fileName, Consumer<Finding> violations) {
        DmnModelInstance model = Dmn.readModelFromStream(new ByteArrayInputStream(xml));
        Collection<Decision> decisions = model.getModelElementsByType(Decision.class);
        String key = ModelFiles.baseName(fileName);
        if (decisions.stream().noneMatch(d -> key.equals(d.getId()))) {
            violations.accept(new Finding(fileName, "filnavnet skal være en beslutnings nøgle; beslutningerne er "
                    + decisions.stream().map(Decision::getId).toList()));
        }
        for (Decision decision : decisions) {
            if (!BpmnRules.KEY.matcher(decision.getId()).matches()) {
                violations.accept(new Finding(decision.getId(), "en beslutnings nøgle er camelCase, fx triageConcern"));
            }
            if (BpmnRules.isBlank(decision.getCamundaHistoryTimeToLiveString())) {
                violations.accept(new Finding(decision.getId(), "beslutningen har ingen historikkens levetid (History time to live, camunda:historyTimeToLive)"));
            }
            if (BpmnRules.isBlank(decision.getName())) {
                violations.accept(new Finding(decision.getId(), "beslutningen har intet navn"));
            }
        }
        // The DMN Model API knows no DMNDI types, so read the diagram from the DOM.
        DomElement root = model.getDocument().getRootElement();
        List<DomElement> dmndi = root.getChildElements().stream().filter(e -> "DMNDI".equals(e.getLocalName())).toList();
        if (dmndi.isEmpty()) {
            violations.accept(new Finding(fileName, "filen har intet diagram (DMNDI): åbn og gem den i Camunda Modeler"));
        } else {
            Set<String> drawn = new HashSet<>();
            dmndi.forEach(d -> collectShapeRefs(d, drawn));
            decisions.stream().filter(d -> !drawn.contains(d.getId()))
                    .forEach(d -> violations.accept(new Finding(d.getId(), "beslutningen er ikke tegnet i diagrammet (ingen DMNShape)")));
        }
        CountingConsumer code = new CountingConsumer(violations);
        CodeRules.checkDmn(xml, code);
        if (code.count == 0) {
            // Only a table in FEEL is evaluated: another language could run code in the guard itself.
            LegalLimits.check(xml, violations);
        }
    }

    private static void collectShapeRefs(DomElement element, Set<String> refs) {
        if ("DMNShape".equals(element.getLocalName()) && element.hasAttribute("dmnElementRef")) {
            String ref = element.getAttribute("dmnElementRef");
            refs.add(ref.startsWith("#") ? ref.substring(1) : ref);
        }
        element.getChildElements().forEach(child -> collectShapeRefs(child, refs));
    }

    private static final class CountingConsumer implements Consumer<Finding> {
        private final Consumer<Finding> target;
        private int count;

        CountingConsumer(Consumer<Finding> target) {
            this.target = target;
        }

        @Override
        public void accept(Finding finding) {
            count++;
            target.accept(finding);
        }
    }
}
