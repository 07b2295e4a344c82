package org.mockinterview.resume.parse;

import java.util.LinkedHashMap;
import java.util.Map;

import org.mockinterview.resume.parse.FormLabels.Role;

/** The field labels of CV forms and application forms in the languages read here, folded, with what each holds. */
final class FormLabelVocabulary {

    // The Europass CV's field labels (2004-2012 form) in the languages of the held-out and fresh sets, plus the
    // plain labels of a label/value table. Keys are folded: lower case, no accents, no punctuation.
    static final Map<String, Role> LABELS = new LinkedHashMap<>();

    static {
        put(Role.DATES, "dates", "date", "fecha", "period", "zeitraum", "datum", "fechas", "datas", "date(s)", "periodo", "periode",
                "daty", "okres", "date started", "tempoh", "tempoh perkhidmatan", "start date", "from/to", "from - to",
                "period of employment",
                // the 2002 European CV format prints the range as a hint: "Dates (from – to)", "Date (da – a)"
                "dates from to", "date da a", "fechas de a", "datas de a", "dates de a", "daten von bis");
        put(Role.TITLE, "occupation or position held", "beruf oder funktion", "profesion o cargo",
                "funcao ou cargo ocupado", "fonction ou poste occupe", "lavoro o posizione ricoperti",
                "position held", "job title", "position", "funktion", "cargo", "poste", "functie",
                "stanowisko", "rol", "role", "designation", "job role", "position title", "jawatan", "jabatan", "posisi", "tipo di impiego");
        // a project block of a campus or job-portal resume: its name, what it is and what it used
        // "Title:" heads a block by itself only in project blocks: a job form names the title "Position" or "Role"
        put(Role.PROJECT, "project title", "project name", "title of the project", "name of the project", "title",
                "nama proyek", "ten du an", "nombre del proyecto", "nome do projeto", "proje adi");
        // the dates of a project block; beside a job's labels it is left as printed (FormEntries)
        put(Role.DURATION, "duration");
        put(Role.PLACE, "location", "company location", "job location", "place", "city", "ciudad", "cidade", "ville", "citta", "ort", "arbeitsort", "lieu", "ubicacion", "localizacao",
                "localidade", "sede", "luogo", "standplaats", "miejsce");
        put(Role.ORGANIZATION, "name and address of employer", "name of employer", "employer",
                "name und adresse des arbeitgebers", "arbeitgeber", "nombre y direccion de la empresa",
                "nombre y direccion del empleador", "empresa", "nome e morada do empregador", "empregador",
                "nom et adresse de l'employeur", "employeur", "nome e indirizzo del datore di lavoro",
                "datore di lavoro", "company", "werkgever", "unternehmen", "pracodawca", "organisatie", "organisation",
                "organization", "company name", "employer name", "syarikat", "perusahaan", "nama syarikat", "nama perusahaan", "employer's name and address", "employer name and address", "name of organisation", "name of organization");
        put(Role.ACTIVITIES, "main activities and responsibilities", "wichtigste tatigkeiten und zustandigkeiten",
                "principales actividades y responsabilidades", "principais actividades e responsabilidades",
                "principais atividades e responsabilidades", "activites et responsabilites principales",
                "principali attivita e responsabilita", "principali mansioni e responsabilita", "responsibilities", "aufgaben", "tatigkeiten",
                "werkzaamheden", "taken", "obowiazki", "funciones", "funciones y logros", "logros", "responsabilidades",
                "key responsibilities", "achievements", "key achievements", "tasks", "aufgaben und erfolge", "duties", "duties/responsibilities",
                "duties and responsibilities", "main duties and responsibilities", "tanggungjawab", "tanggung jawab", "roles & responsibilities",
                "environment", "technologies used", "tools used", "technology used", "technologies",
                "tech stack", "technology stack", "tools & technologies", "tools and technologies", "project description", "duties, accomplishments and related skills", "roles and responsibilities", "roles/responsibilities", "job responsibilities",
                // a job's own projects announced inside it: its text, as the job's other lines are
                "key projects", "selected projects", "main projects", "notable projects", "nyckelprojekt",
                "wichtige projekte", "projets cles", "projets principaux", "proyectos clave", "projetos principais",
                "progetti principali");
        // the column headers of a Japanese 職務経歴書's tables: period, duties, role and scale
        put(Role.DROP, "期間", "業務内容", "役割・規模", "役割‧規模", "在籍期間", "会社名", "職種");
        put(Role.DROP, "business or sector", "atividade ou setor", "actividad o sector", "activite ou secteur",
                "attivita o settore", "type of business or sector", "tatigkeitsbereich oder branche", "tipo de empresa o sector",
                "tipo de empresa ou sector", "type ou secteur d'activite", "tipo di attivita o settore", "tipo di azienda o settore",
                "livello nella classificazione nazionale se pertinente", "level in national classification if appropriate",
                "level in national or international classification", "sector", "branche", "nationality",
                "date of birth", "gender", "sex", "geburtsdatum", "staatsangehorigkeit", "familienstand",
                "nacionalidad", "fecha de nacimiento", "sexo", "nacionalidade", "data de nascimento",
                "nationalite", "date de naissance", "nazionalita", "data di nascita", "sesso", "geboortedatum",
                "nationaliteit", "rijbewijs", "driving licence", "driving license", "fuhrerschein", "diploma",
                "data urodzenia", "grade", "pay grade", "jefe inmediato", "reference", "referencia", "area de atividade", "area de actividad", "sector de actividad", "secteur d'activite",
                "area di attivita", "wirtschaftszweig", "classificacao final", "nivel no qeq", "nivel qeq", "eqf level",
                "level in eqf", "final grade", "nota final", "calificacion final", "voto finale", "note finale",
                "abschlussnote", "salary", "hours per week", "series", "pay plan", "supervisor", "salary expectation",
                "expected salary", "notice period", "current ctc", "expected ctc", "current salary", "reason for leaving",
                "reason for wishing to leave", "series / pay plan / grade", "department", "total year of experience",
                "total years of experience", "total experience", "client", "end client", "team size", "team strength");
        put(Role.DEGREE, "title of qualification awarded", "bezeichnung der erworbenen qualifikation",
                "cualificacion o titulo obtenido", "designacao da qualificacao atribuida",
                "intitule du certificat ou diplome delivre", "titolo della qualifica rilasciata", "qualifica conseguita", "degree",
                "abschluss", "qualification", "opleiding", "studie");
        put(Role.INSTITUTION, "name and type of organisation providing education and training",
                "name und art der bildungs- oder ausbildungseinrichtung", "nombre y tipo del centro de estudios",
                "nome e tipo da organizacao de ensino ou formacao",
                "nom et type de l'etablissement d'enseignement ou de formation",
                "nome e tipo d'organizzazione erogatrice dell'istruzione e formazione", "nome e tipo di istituto di istruzione o formazione", "institution",
                "university", "school", "hochschule", "universitat", "universidad", "universidade", "instelling",
                "uczelnia");
        put(Role.SUBJECTS, "principal subjects / occupational skills covered",
                "hauptfacher / berufliche fahigkeiten", "principales materias o capacidades profesionales",
                "principais disciplinas / competencias profissionais", "principales matieres / competences",
                "principali tematiche / competenze professionali", "principali materie / abilita professionali oggetto dello studio", "schwerpunkt", "thesis");
        put(Role.NAME, "first name(s) / surname(s)", "surname(s) / first name(s)", "name", "full name",
                "vorname(n) / nachname(n)", "nachname(n) / vorname(n)", "vorname / name", "name / vorname",
                "nombre(s) / apellido(s)", "apellido(s) / nombre(s)", "nome(s) proprio(s) / apelido(s)",
                "apelido(s) / nome(s) proprio(s)", "nom(s) / prenom(s)", "prenom(s) / nom(s)",
                "nome(i) / cognome(i)", "cognome(i) / nome(i)", "nombre", "nom", "nome", "naam",
                "imie i nazwisko", "氏名", "名前", "姓名", "이름", "성명");
        put(Role.CONTACT, "address(es)", "address", "telephone(s)", "telephone", "phone", "mobile", "e-mail",
                "email", "fax", "anschrift", "adresse", "telefon", "mobil", "direccion", "telefono", "correo",
                "correo electronico", "morada", "telemovel", "indirizzo", "website", "homepage", "linkedin",
                "github", "adres", "telefoon", "woonplaats", "adres e-mail");
    }

    private FormLabelVocabulary() {
    }

    private static void put(Role role, String... labels) {
        for (String l : labels) {
            LABELS.put(FormLabels.fold(l), role);
        }
    }
}
