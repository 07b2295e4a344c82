package org.mockinterview.resume.parse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The stems of section headings in the languages the parser reads, by the kind of section they open. */
final class HeadingStems {

    /** Checked in order: the first kind whose stem occurs in the heading wins ("Research Projects" is projects). */
    static final Map<String, List<String>> STEMS = new LinkedHashMap<>();

    static {
        STEMS.put("projects", List.of("project", "dự án", "projekty", "projekter", "prosjekter", "prosjekt", "projektit", "programvare", "projeler", "progett", "projecten", "projekt", "projet", "proyecto", "projeto", "projekte", "portfolio", "open source",
                "i've built", "i have built", "i’ve built",
                "open-source", "contributions", "software", "packages", "side work", "selected work", "hackathon", "capstone", "项目", "專案",
                "プロジェクト", "프로젝트", "proyek", "projek"));
        STEMS.put("publications", List.of("publication", "pubblicazion", "publikace", "publikationer", "publikasjoner", "julkaisut", "publikation", "publicaç", "publicac", "veröffentlichung", "publicacion",
                "publicación", "papers", "patent", "论文", "論文", "发表", "著作", "業績", "논문"));
        STEMS.put("certifications", List.of("certif", "chứng chỉ", "cursos", "formação complementar", "formación complementaria", "zertifi", "licens", "licenc", "sertifika", "sijil", "pelatihan", "证书", "資格", "자격"));
        STEMS.put("awards", List.of("award", "finanziament", "stipendi", "ocenění", "grant", "funding", "honor", "logros", "prêmio", "premiaç", "conquista", "honour", "achievement", "auszeichnung", "preise", "prix",
                "distinction", "premio", "reconocimiento", "recognition", "penghargaan", "prestasi", "anugerah", "scholarship", "获奖", "荣誉", "奖项", "受賞", "表彰", "수상"));
        STEMS.put("skills", List.of("skill", "kỹ năng", "kompetencer", "kompetence", "dovednost", "ferdigheter", "ferdighet", "færdigheder", "taidot", "znalosti", "keahlian", "keterampilan", "kemahiran", "kemampuan", "kompetens", "kompetenser", "kunskaper", "kunskap", "færdighed", "osaaminen", "conoscenze", "connaissances", "umiejętności", "yetenek", "beceri", "competenc", "competenz", "vaardigheden", "kennis", "compétence", "kenntnisse", "fähigkeit", "habilidad",
                "competencia", "competênc", "conocimiento", "conhecimento", "aptitud", "ferramenta", "herramienta", "werkzeug", "technolog", "tecnolog", "tools", "tech stack", "technical stack", "toolbox", "expertise", "programming", "技能", "スキル", "技術",
                "기술", "스킬", "역량"));
        STEMS.put("education", List.of("education", "học vấn", "uddannelse", "utdanning", "koulutus", "vzdělání", "opleidingen", "pendidikan", "utbildning", "wykształcenie", "edukacja", "eğitim", "istruzione", "formazione", "opleiding", "educação", "formação", "escolaridade", "ausbildung", "bildung", "studium", "formation", "éducation",
                "educación", "formación", "estudios", "études", "diplômes", "diplomas", "academic", "qualification", "教育", "学历", "学歴", "학력", "교육"));
        STEMS.put("experience", List.of("experience", "kinh nghiệm", "posizion", "erhvervserfaring", "arbeidserfaring", "yrkeserfaring", "arbetslivserfarenhet", "työkokemus", "pracovní zkušenost", "zkušenost", "praxe", "werkervaring", "pengalaman", "riwayat pekerjaan", "pekerjaan", "erfarenhet", "doświadczenie", "deneyim", "appointments", "esperienz", "werkervaring", "ervaring", "experiência", "employment", "work history", "career", "erfahrung",
                "werdegang", "beruf", "expérience", "parcours", "experiencia", "trayectoria", "histórico profissional",
                "trajetória profissional", "percurso profissional", "internship", "research", "positions", "work term",
                "co-op", "freelance",
                "praktik", "stages", "经历", "经验", "工作", "実習", "職歴", "経歴", "職務", "경력", "경험"));
        STEMS.put("languages", List.of("language", "ngoại ngữ", "sprog", "kielitaito", "jazyk", "språk", "języki", "diller", "lingue", "talen", "talenkennis", "sprachen", "langues", "idiomas", "lenguas", "línguas", "linguas", "语言", "外语", "語学",
                "言語", "언어", "어학"));
        STEMS.put("summary", List.of("summary", "mục tiêu", "resumo", "podsumowanie", "o mnie", "ringkasan", "tentang saya", "hakkımda", "özet", "profilo", "profiel", "profile", "about me", "objective", "zusammenfassung", "profil",
                "über mich", "résumé", "resumen", "perfil", "objectif", "objetivo", "简介", "自我评价", "个人总结",
                "概要", "自己pr", "要約", "요약", "소개"));
        STEMS.put("interests", List.of("interest", "sở thích", "zájmy", "interesser", "harrastukset", "minat", "hobbies", "hobby", "interessen", "loisirs", "intérêt",
                "intereses", "aficiones", "兴趣", "爱好", "趣味", "관심", "취미"));
        STEMS.put("contact", List.of("contact", "kontak", "hubungi", "kontakt", "contacto", "contato", "contatto", "detalhes",
                "detalles", "coordonnées", "links", "personal details", "personal information", "persönliche daten", "联系",
                "連絡", "연락", "인적사항"));
        STEMS.put("other", List.of("volunteer", "hoạt động", "didattica", "undervisning", "relazioni su invito", "foredrag", "revisioni", "medlemskab", "fagfællebedømmelse", "pedagogická", "verv", "betreuung", "reviewing", "memberships", "organisasi", "referensi", "rujukan", "leadership", "activities", "talks", "presentations", "references",
                "coursework", "teaching", "extracurricular", "strengths", "ehrenamt", "engagement", "bénévolat",
                "voluntariado", "övrigt", "其他", "その他", "기타"));
    }

    private HeadingStems() {
    }
}
