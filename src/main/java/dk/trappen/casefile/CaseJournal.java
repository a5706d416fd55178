package dk.trappen.casefile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dk.trappen.organisation.CurrentUser;
import dk.trappen.platform.EngineAsSystem;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's one chronological journal: notes, documents, decisions and letters from the modules
 * that keep them, and the process's own events from the engine's history (tasks completed,
 * deadlines missed). The engine's events are read as the system: they are names and times, no
 * personal data, and a caseworker sees the case's whole course, not only their own tasks.
 */
@Service
@Transactional(readOnly = true)
public class CaseJournal {

    /** Timers in the models whose firing means a deadline was missed (Camunda's activity type). */
    private static final String BOUNDARY_TIMER = "boundaryTimer";

    private final CaseAccess access;
    private final ChildCases cases;
    private final List<CaseJournalSource> sources;
    private final HistoryService history;
    private final EngineAsSystem system;

    CaseJournal(CaseAccess access, ChildCases cases, List<CaseJournalSource> sources, HistoryService history,
                EngineAsSystem system) {
        this.access = access;
        this.cases = cases;
        this.sources = sources;
        this.history = history;
        this.system = system;
    }

    /** The journal of a case for {@code user}: refused like the case itself, and audit-logged as a read. */
    @Transactional
    public List<CaseJournalEntry> of(long caseId, CurrentUser user, AccessChannel channel) {
        access.read(caseId, user, channel, "Sagens journal");
        return entriesOf(caseId);
    }

    /** The journal of a case whose reader has been checked and logged by the caller. */
    public List<CaseJournalEntry> entriesOf(long caseId) {
        List<CaseJournalEntry> entries = new ArrayList<>();
        sources.forEach(source -> entries.addAll(source.entriesOf(caseId)));
        entries.addAll(processEvents(cases.ref(caseId).caseNumber()));
        entries.sort(Comparator.comparing(CaseJournalEntry::at, Comparator.nullsLast(Comparator.naturalOrder())));
        return entries;
    }

    private List<CaseJournalEntry> processEvents(String caseNumber) {
        return system.call(() -> {
            List<CaseJournalEntry> events = new ArrayList<>();
            List<String> instances = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                    .list().stream().map(HistoricProcessInstance::getId).toList();
            for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery()
                    .processInstanceBusinessKey(caseNumber).finished().list()) {
                if (task.getEndTime() == null || !"completed".equals(task.getDeleteReason())) {
                    continue;
                }
                Instant end = task.getEndTime().toInstant();
                boolean late = task.getDueDate() != null && task.getDueDate().toInstant().isBefore(end);
                events.add(new CaseJournalEntry(end, late ? "Opgave udført efter fristen" : "Opgave udført",
                        task.getName(), task.getAssignee() == null ? "" : task.getAssignee(), null, null,
                        CaseJournalEntry.PROCESS));
            }
            for (String instance : instances) {
                for (HistoricActivityInstance timer : history.createHistoricActivityInstanceQuery()
                        .processInstanceId(instance).activityType(BOUNDARY_TIMER).finished().list()) {
                    events.add(new CaseJournalEntry(timer.getEndTime().toInstant(), "Frist overskredet",
                            timer.getActivityName() == null ? timer.getActivityId() : timer.getActivityName(), "",
                            null, null, CaseJournalEntry.PROCESS));
                }
            }
            return events;
        });
    }
}
