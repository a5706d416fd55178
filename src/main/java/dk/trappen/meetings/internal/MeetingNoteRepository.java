package dk.trappen.meetings.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MeetingNoteRepository extends JpaRepository<MeetingNoteEntity, Long> {

    List<MeetingNoteEntity> findByMeetingIdOrderByWrittenAtAscIdAsc(long meetingId);
}
