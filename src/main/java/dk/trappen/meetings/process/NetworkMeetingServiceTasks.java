package dk.trappen.meetings.process;

import dk.trappen.meetings.MeetingProcesses;
import dk.trappen.meetings.NetworkMeetingProcess;
import dk.trappen.platform.FormValues;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The network meeting's service tasks, one bean per task, named after it. */
@Configuration
class NetworkMeetingServiceTasks {

    private final MeetingProcesses processes;

    NetworkMeetingServiceTasks(MeetingProcesses processes) {
        this.processes = processes;
    }

    /** "Opret opgaver for aftalte handlinger": each staff-owned action point becomes its owner's task. */
    @Bean
    JavaDelegate startActionPoints() {
        return execution -> processes.startActionPoints(new FormValues(execution).id(NetworkMeetingProcess.MEETING_ID),
                (String) execution.getVariable(NetworkMeetingProcess.TEAM_GROUP));
    }
}
