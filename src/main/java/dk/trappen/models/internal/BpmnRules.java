package dk.trappen.models.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import dk.trappen.models.ModelContext;
import dk.trappen.models.internal.CodeRules.Finding;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Error;
import org.camunda.bpm.model.bpmn.instance.Escalation;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.Signal;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The conventions of docs/architecture.md for a BPMN model: the file is named after its one
 * executable process, ids and names follow the naming rules, user tasks have candidate groups, a due
 * date and a Camunda Form that exists, service tasks are asynchronous with a retry cycle and call a
 * bean by delegate expression, gateways have conditions, timers a time, and the diagram draws every
 * element without overlaps. Each finding names the element id that Modeler shows.
 */
final class BpmnRules {

    static final Pattern KEY = Pattern.compile("^[a-z][A-Za-z0-9]*$");
    private static final Map<String, String> ID_EXAMPLES = Map.of("StartEvent", "ConcernReceived", "EndEvent", "ConcernClosed",
            "BoundaryEvent", "AssessmentOverdue", "IntermediateEvent", "ReplyReceived", "CallActivity", "NetworkMeeting",
            "Task", "AssessConcern", "Gateway", "AcuteDanger", "SequenceFlow", "AcuteYes", "Message", "MeasureEnded");

    private final ModelContext context;
    private final Consumer<Finding> violations;

    private BpmnRules(ModelContext context, Consumer<Finding> violations) {
        this.context = context;
        this.violations = violations;
    }

    static void check(BpmnModelInstance model, String fileName, ModelContext context, Consumer<Finding> violations) {
        BpmnRules rules = new BpmnRules(context, violations);
        rules.processKeyAndTimeToLive(model, fileName);
        rules.ids(model);
        rules.names(model);
        rules.userTasks(model);
        rules.startForms(model);
        rules.serviceTasks(model);
        rules.businessRuleTasks(model);
        rules.gatewayConditions(model);
        rules.timers(model);
        rules.diagram(model);
    }

    private void add(String element, String message) {
        violations.accept(new Finding(element, message));
    }

    private void processKeyAndTimeToLive(BpmnModelInstance model, String fileName) {
        String key = ModelFiles.baseName(fileName);
        List<Process> executable = model.getModelElementsByType(Process.class).stream().filter(Process::isExecutable).toList();
        if (executable.size() != 1) {
            add(fileName, "filen skal indeholde præcis én kørbar proces (Executable), den indeholder "
                    + executable.stream().map(Process::getId).toList());
        }
        for (Process process : executable) {
            if (!process.getId().equals(key)) {
                add(fileName, "filnavnet skal være procesnøglen: den kørbare proces hedder '" + process.getId()
                        + "', så filen skal hedde " + process.getId() + ".bpmn");
            }
            if (!KEY.matcher(process.getId()).matches()) {
                add(process.getId(), "en procesnøgle er et navneord i camelCase, fx intake eller childCase");
            }
            if (isBlank(process.getCamundaHistoryTimeToLiveString())) {
                add(process.getId(), "den kørbare proces har ingen historikkens levetid (History cleanup → Time to live, camunda:historyTimeToLive)");
            }
        }
    }

    /** The id prefixes allowed for an element, or null if its id is not checked. */
    private static String idPrefixes(ModelElementInstance element) {
        if (element instanceof StartEvent) {
            return "StartEvent";
        } else if (element instanceof EndEvent) {
            return "EndEvent";
        } else if (element instanceof BoundaryEvent) {
            return "BoundaryEvent";
        } else if (element instanceof IntermediateThrowEvent || element instanceof IntermediateCatchEvent) {
            return "IntermediateEvent|IntermediateThrowEvent|IntermediateCatchEvent";
        } else if (element instanceof CallActivity) {
            return "CallActivity|Task";
        } else if (element instanceof SubProcess) {
            return "SubProcess";
        } else if (element instanceof Task) {
            return "Task";
        } else if (element instanceof Gateway) {
            return "Gateway";
        } else if (element instanceof SequenceFlow) {
            return "SequenceFlow";
        } else if (element instanceof Message) {
            return "Message";
        } else if (element instanceof Error) {
            return "Error";
        } else if (element instanceof Signal) {
            return "Signal";
        } else if (element instanceof Escalation) {
            return "Escalation";
        }
        return null;
    }

    private void ids(BpmnModelInstance model) {
        for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
            String prefixes = idPrefixes(element);
            String id = element.getId();
            if (prefixes != null) {
                Pattern pattern = Pattern.compile("^(" + prefixes + ")_[A-Z][A-Za-z0-9]*$");
                if (id == null || !pattern.matcher(id).matches()) {
                    String prefix = prefixes.split("\\|")[0];
                    add(String.valueOf(id), typeName(element) + ": id'et skal være typen + et navn med stort forbogstav, fx "
                            + prefix + "_" + ID_EXAMPLES.getOrDefault(prefix, "HvadDetEr") + " (mønster " + pattern + ")");
                }
            } else if (element instanceof EventDefinition && id != null) {
                // Modeler does not show these ids, but generates them with the right prefix.
                String prefix = capitalize(element.getElementType().getTypeName()) + "_";
                if (!id.startsWith(prefix)) {
                    add(id, typeName(element) + ": id'et skal begynde med " + prefix);
                }
            }
        }
    }

    private void names(BpmnModelInstance model) {
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            boolean joiningGateway = node instanceof Gateway && node.getIncoming().size() > 1 && node.getOutgoing().size() == 1;
            if (!joiningGateway && !(node instanceof ParallelGateway) && isBlank(node.getName())) {
                add(node.getId(), typeName(node) + " har intet navn (en kort dansk tekst, fx \"Vurdér underretning\")");
            }
        }
    }

    private void userTasks(BpmnModelInstance model) {
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            String id = task.getId();
            if (isBlank(task.getCamundaCandidateGroups())) {
                add(id, "brugeropgaven har ingen kandidatgrupper (User assignment → Candidate groups, camunda:candidateGroups)");
            }
            if (isBlank(task.getCamundaDueDate())) {
                add(id, "brugeropgaven har ingen frist (User assignment → Due date, camunda:dueDate)");
            }
            if (isBlank(task.getCamundaFormRef())) {
                add(id, "brugeropgaven har ingen formular (Form → Camunda Form (linked), camunda:formRef)");
            } else {
                form(id, task.getCamundaFormRef(), task.getCamundaFormRefBinding());
            }
        }
    }

    private void startForms(BpmnModelInstance model) {
        for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
            if (!isBlank(start.getCamundaFormRef())) {
                form(start.getId(), start.getCamundaFormRef(), start.getCamundaFormRefBinding());
            }
        }
    }

    private void form(String elementId, String formRef, String binding) {
        if (!"deployment".equals(binding)) {
            add(elementId, "formularens binding skal være \"deployment\" (Form → Binding, camunda:formRefBinding), er "
                    + (binding == null ? "ikke sat" : "\"" + binding + "\""));
        }
        if (context.form(formRef).isEmpty()) {
            add(elementId, "formularen \"" + formRef + "\" (camunda:formRef) findes ikke: hverken i deploymentet eller i et tidligere; "
                    + "læg forms/" + formRef + ".form med i deploymentet");
        }
    }

    private void serviceTasks(BpmnModelInstance model) {
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            if (!task.isCamundaAsyncBefore()) {
                add(task.getId(), "serviceopgaven skal være asynkron (Asynchronous continuations → Before, camunda:asyncBefore=\"true\")");
            }
            String expression = task.getCamundaDelegateExpression();
            if (expression == null || !CodeRules.BEAN_EXPRESSION.matcher(expression).matches()) {
                add(task.getId(), "serviceopgaven skal kalde en af produktets komponenter med camunda:delegateExpression=\"${navn}\", har "
                        + implementation(task));
            }
        }
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            boolean async = node.isCamundaAsyncBefore() || node.isCamundaAsyncAfter();
            if ((async || node instanceof ServiceTask) && !hasRetryCycle(node)) {
                add(node.getId(), (node instanceof ServiceTask ? "serviceopgaven" : "det asynkrone " + typeName(node))
                        + " har ingen genforsøg (Retry time cycle, camunda:failedJobRetryTimeCycle, fx R5/PT5M)");
            }
        }
    }

    private static boolean hasRetryCycle(BaseElement element) {
        ExtensionElements extensions = element.getExtensionElements();
        return extensions != null && extensions.getElementsQuery().filterByType(CamundaFailedJobRetryTimeCycle.class)
                .list().stream().anyMatch(cycle -> !isBlank(cycle.getTextContent()));
    }

    private static String implementation(ServiceTask task) {
        if (task.getCamundaDelegateExpression() != null) {
            return "camunda:delegateExpression=\"" + task.getCamundaDelegateExpression() + "\"";
        } else if (task.getCamundaClass() != null) {
            return "camunda:class=\"" + task.getCamundaClass() + "\"";
        } else if (task.getCamundaExpression() != null) {
            return "camunda:expression=\"" + task.getCamundaExpression() + "\"";
        } else if (task.getCamundaType() != null) {
            return "camunda:type=\"" + task.getCamundaType() + "\"";
        }
        return "ingen implementering";
    }

    private void businessRuleTasks(BpmnModelInstance model) {
        for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
            String ref = task.getCamundaDecisionRef();
            if (isBlank(ref)) {
                add(task.getId(), "forretningsregelopgaven har ingen beslutning (Implementation → DMN, camunda:decisionRef)");
            } else if (!context.decisionExists(ref)) {
                add(task.getId(), "beslutningen \"" + ref + "\" (camunda:decisionRef) findes ikke");
            }
        }
    }

    private void gatewayConditions(BpmnModelInstance model) {
        List<Gateway> gateways = new ArrayList<>(model.getModelElementsByType(ExclusiveGateway.class));
        gateways.addAll(model.getModelElementsByType(InclusiveGateway.class));
        for (Gateway gateway : gateways) {
            SequenceFlow defaultFlow = gateway instanceof ExclusiveGateway exclusive ? exclusive.getDefault()
                    : ((InclusiveGateway) gateway).getDefault();
            Collection<SequenceFlow> outgoing = gateway.getOutgoing();
            if (outgoing.size() < 2) {
                continue;
            }
            for (SequenceFlow flow : outgoing) {
                if (flow != defaultFlow && !hasCondition(flow)) {
                    add(gateway.getId(), "det udgående flow " + flow.getId() + " har ingen betingelse og er ikke gatewayens standardflow");
                }
            }
        }
    }

    private static boolean hasCondition(SequenceFlow flow) {
        ConditionExpression condition = flow.getConditionExpression();
        return condition != null && (!isBlank(condition.getTextContent()) || !isBlank(condition.getCamundaResource()));
    }

    private void timers(BpmnModelInstance model) {
        for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
            boolean set = (timer.getTimeDate() != null && !isBlank(timer.getTimeDate().getTextContent()))
                    || (timer.getTimeDuration() != null && !isBlank(timer.getTimeDuration().getTextContent()))
                    || (timer.getTimeCycle() != null && !isBlank(timer.getTimeCycle().getTextContent()));
            if (!set) {
                ModelElementInstance event = timer.getParentElement();
                String owner = event instanceof BaseElement base ? base.getId() : String.valueOf(timer.getId());
                add(owner, "timeren har hverken tidspunkt, varighed eller gentagelse (Timer → Type og værdi)");
            }
        }
    }

    private void diagram(BpmnModelInstance model) {
        if (model.getModelElementsByType(BpmnDiagram.class).isEmpty()) {
            add("diagrammet", "modellen har intet diagram (BPMNDiagram): tegn den i Camunda Modeler");
            return;
        }
        Set<String> shapes = new HashSet<>();
        model.getModelElementsByType(BpmnShape.class).stream().filter(s -> s.getBpmnElement() != null)
                .forEach(s -> shapes.add(s.getBpmnElement().getId()));
        Set<String> edges = new HashSet<>();
        model.getModelElementsByType(BpmnEdge.class).stream().filter(e -> e.getBpmnElement() != null)
                .forEach(e -> edges.add(e.getBpmnElement().getId()));
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (!shapes.contains(node.getId())) {
                add(node.getId(), typeName(node) + " er ikke tegnet i diagrammet (ingen BPMNShape)");
            }
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            if (!edges.contains(flow.getId())) {
                add(flow.getId(), "flowet er ikke tegnet i diagrammet (ingen BPMNEdge)");
            }
        }
        for (BpmnPlane plane : model.getModelElementsByType(BpmnPlane.class)) {
            List<BpmnShape> nodes = plane.getChildElementsByType(BpmnShape.class).stream()
                    .filter(s -> s.getBpmnElement() instanceof FlowNode && s.getBounds() != null).toList();
            for (int i = 0; i < nodes.size(); i++) {
                for (int j = i + 1; j < nodes.size(); j++) {
                    FlowNode a = (FlowNode) nodes.get(i).getBpmnElement();
                    FlowNode b = (FlowNode) nodes.get(j).getBpmnElement();
                    if (overlap(nodes.get(i).getBounds(), nodes.get(j).getBounds()) && !mayOverlap(a, b)) {
                        add(a.getId(), "figuren overlapper figuren for " + b.getId());
                    }
                }
            }
        }
    }

    private static boolean overlap(Bounds a, Bounds b) {
        return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
                && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
    }

    /** A boundary event sits on its activity's border; an expanded sub-process contains its nodes. */
    private static boolean mayOverlap(FlowNode a, FlowNode b) {
        return attachedTo(a, b) || attachedTo(b, a) || contains(a, b) || contains(b, a);
    }

    private static boolean attachedTo(FlowNode event, FlowNode activity) {
        return event instanceof BoundaryEvent boundary && boundary.getAttachedTo() == activity;
    }

    private static boolean contains(FlowNode outer, FlowNode inner) {
        if (!(outer instanceof SubProcess)) {
            return false;
        }
        for (ModelElementInstance parent = inner.getParentElement(); parent != null; parent = parent.getParentElement()) {
            if (parent == outer) {
                return true;
            }
        }
        return false;
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String typeName(ModelElementInstance element) {
        return element.getElementType().getTypeName();
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
