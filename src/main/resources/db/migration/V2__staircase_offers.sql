-- The offer catalogue (tilbudsvifte) and the legal basis of every kind of measure.

create sequence offer_seq start with 1 increment by 50;
create table offer (
    id                      bigint       primary key,
    name                    varchar(200) not null,
    description             varchar(2000),
    measure_kind            varchar(40)  not null,
    staircase_step          integer      not null check (staircase_step between 1 and 6),
    min_age                 integer      not null,
    max_age                 integer      not null,
    standard_duration_weeks integer,
    active                  boolean      not null,
    version                 integer      not null
);

-- One row per measure kind (code MEASURE_<kind>): a decision states its legal basis from here.
-- Numbers marked unconfirmed could not be confirmed from the law text; a process owner may correct them.
insert into legal_rule (code, description, barnets_lov, serviceloven, deadline_amount, deadline_unit, confirmed) values
('MEASURE_ADVICE_GUIDANCE', 'Rådgivning og vejledning til barnet og familien', '§ 28, § 29', '§ 11', null, null, true),
('MEASURE_EARLY_PREVENTIVE', 'Tidlig forebyggende indsats uden afgørelse og forudgående undersøgelse', '§ 30', '§ 11 stk. 3', null, null, true),
('MEASURE_DAYCARE_SCHOOL', 'Dagtilbud, uddannelse eller skole', '§ 32 stk. 1 nr. 1', '§ 52 stk. 3 nr. 1', null, null, true),
('MEASURE_PRACTICAL_SUPPORT_AT_HOME', 'Praktisk, pædagogisk eller anden støtte i hjemmet', '§ 32 stk. 1 nr. 2', '§ 52 stk. 3 nr. 2', null, null, true),
('MEASURE_CONTACT_PERSON', 'Kontaktperson for barnet og familien', '§ 32 stk. 1 nr. 3', '§ 52 stk. 3 nr. 6', null, null, false),
('MEASURE_WORK_PLACEMENT', 'Praktiktilbud hos en offentlig eller privat arbejdsgiver', '§ 32 stk. 1 nr. 4', '§ 52 stk. 3 nr. 5', null, null, false),
('MEASURE_FAMILY_TREATMENT', 'Familiebehandling eller behandling af barnets problemer', '§ 32 stk. 1 nr. 5', '§ 52 stk. 3 nr. 3', null, null, true),
('MEASURE_FAMILY_RESIDENTIAL_STAY', 'Døgnophold for hele familien', '§ 32 stk. 1 nr. 6', '§ 52 stk. 3 nr. 4', null, null, true),
('MEASURE_RESPITE_STAY', 'Aflastningsophold, også i en netværksfamilie', '§ 32 stk. 1 nr. 7', '§ 52 stk. 3 nr. 5', null, null, false),
('MEASURE_OTHER_HELP', 'Anden hjælp, der har til formål at yde rådgivning, behandling og støtte', '§ 32 stk. 1 nr. 8', '§ 52 stk. 3 nr. 9', null, null, false),
('MEASURE_INTENSIVE_HOME_INTERVENTION', 'Intensiv hjemmebaseret familiebehandling (12 uger)', '§ 32 stk. 1 nr. 5', '§ 52 stk. 3 nr. 3', null, null, false),
('MEASURE_NETWORK_PLACEMENT', 'Anbringelse i netværksplejefamilie (med samtykke § 46)', '§ 43 stk. 1 nr. 4, § 46', '§ 52 stk. 3 nr. 7', null, null, false),
('MEASURE_FOSTER_CARE', 'Anbringelse i plejefamilie (med samtykke § 46)', '§ 43 stk. 1 nr. 2, § 46', '§ 52 stk. 3 nr. 7', null, null, false),
('MEASURE_INSTITUTION', 'Anbringelse på døgninstitution eller opholdssted (med samtykke § 46)', '§ 43 stk. 1 nr. 6, § 46', '§ 52 stk. 3 nr. 7', null, null, false),
('MEASURE_TIME_LIMITED_INSTITUTION', 'Tidsbegrænset anbringelse på institution (med samtykke § 46)', '§ 43 stk. 1 nr. 6, § 46', '§ 52 stk. 3 nr. 7', null, null, false);
