package dk.trappen.letters.internal;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One rendering of a letter, kept as it was: what was sent stays readable after a template changes. */
@Entity
@Table(name = "case_letter_version")
@IdClass(CaseLetterVersion.Key.class)
public class CaseLetterVersion {

    @Id
    private long letterId;
    @Id
    private int version;
    @Column(updatable = false)
    private String html;
    @Column(updatable = false)
    private String renderedBy;
    @Column(updatable = false)
    private Instant renderedAt;

    protected CaseLetterVersion() {
    }

    public CaseLetterVersion(long letterId, int version, String html, String renderedBy, Instant renderedAt) {
        this.letterId = letterId;
        this.version = version;
        this.html = html;
        this.renderedBy = renderedBy;
        this.renderedAt = renderedAt;
    }

    public String html() {
        return html;
    }

    public int version() {
        return version;
    }

    public static class Key implements Serializable {
        private long letterId;
        private int version;

        public Key() {
        }

        public Key(long letterId, int version) {
            this.letterId = letterId;
            this.version = version;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.letterId == letterId && key.version == version;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(letterId) * 31 + version;
        }
    }
}
