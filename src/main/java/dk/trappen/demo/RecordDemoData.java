package dk.trappen.demo;

import java.time.LocalDate;
import java.util.Comparator;

import dk.trappen.casefile.ChildCaseProcess;
import dk.trappen.journal.Journal;
import dk.trappen.journal.JournalNoteInput;
import dk.trappen.journal.JournalNoteKind;
import dk.trappen.organisation.CurrentUser;
import dk.trappen.organisation.Organisation;
import dk.trappen.platform.TimeSource;
import dk.trappen.staircase.MeasureStatus;
import dk.trappen.staircase.MeasureView;
import dk.trappen.staircase.Measures;
import org.camunda.bpm.engine.HistoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The record behind the demo's granted measures (issue 15): Emil's course and Viktor's foster
 * placement carry their decisions with consent, the child's view and letters (made by the demo at
 * "Træf afgørelse", the way a caseworker makes them), and the journal notes a caseworker wrote on
 * the way, so a newcomer opens the case page and sees a lawful case.
 * Recorded through the same services the tasks use.
 */
@Component
@ConditionalOnProperty(name = "trappen.demo.data-enabled", havingValue = "true")
class RecordDemoData {

    private static final Logger log = LoggerFactory.getLogger(RecordDemoData.class);

    private final Journal journal;
    private final Measures measures;
    private final Organisation organisation;
    private final HistoryService history;
    private final TimeSource time;

    RecordDemoData(Journal journal, Measures measures, Organisation organisation,
                   HistoryService history, TimeSource time) {
        this.journal = journal;
        this.measures = measures;
        this.organisation = organisation;
        this.history = history;
        this.time = time;
    }

    /** Called by {@link DemoData} once Emil's course runs and Viktor's placement is granted. */
    void record(String emilProcess, String viktorProcess) {
        emil(caseId(emilProcess));
        viktor(caseId(viktorProcess));
        log.info("Demo data: journal notes for Emil's course and Viktor's placement (their decisions and letters come from 'Træf afgørelse')");
    }

    private void emil(long caseId) {
        CurrentUser caseworker = organisation.user("cnord1");
        MeasureView course = measureOf(caseId);
        LocalDate decided = earliest(course.startDate().minusDays(7));
        journal.addCaseNote(caseId, new JournalNoteInput(JournalNoteKind.TELEPHONE, decided.minusDays(5),
                "Mor ringede. Emil har haft tre udbrud i denne uge, og forældrene vil gerne have hjælp til at håndtere "
                        + "dem. Jeg fortalte om PMT-O, og begge forældre ønsker forløbet.", null), caseworker);
        journal.addCaseNote(caseId, new JournalNoteInput(JournalNoteKind.HOME_VISIT, decided.minusDays(2),
                "Hjemmebesøg. Talte med Emil alene i hans værelse: han vil gerne have, at der bliver mindre råben "
                        + "derhjemme, og han vil gerne blive på sin skole.", null), caseworker);
    }

    private void viktor(long caseId) {
        CurrentUser caseworker = organisation.user("csyd2");
        MeasureView placement = measureOf(caseId);
        LocalDate decided = earliest(placement.startDate());
        journal.addCaseNote(caseId, new JournalNoteInput(JournalNoteKind.MEETING, decided.minusDays(3),
                "Møde med mor og Viktor. Mor er enig i, at Viktor flytter i familiepleje, og giver samtykke. Viktor "
                        + "(15) giver selv samtykke og ønsker at komme tæt på sin skole.", null), caseworker);
    }

    private MeasureView measureOf(long caseId) {
        return measures.ofCase(caseId).stream()
                .sorted(Comparator.comparing((MeasureView m) -> m.status() != MeasureStatus.GRANTED))
                .findFirst().orElseThrow(() -> new IllegalStateException("The demo case " + caseId + " has no measure"));
    }

    private LocalDate earliest(LocalDate day) {
        return day.isAfter(time.today()) ? time.today() : day;
    }

    private long caseId(String processInstanceId) {
        Object id = history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                .variableName(ChildCaseProcess.CASE_ID).singleResult().getValue();
        return ((Number) id).longValue();
    }
}
