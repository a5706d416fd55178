package dk.trappen.prevention;

import java.time.LocalDate;

/** Open anonymous counselling as the statistics keep it: date, topic, minutes, outcome. Nothing else. */
public record CounsellingInput(LocalDate date, Topic topic, Integer durationMinutes, CounsellingOutcome outcome) {
}
