package org.mockinterview.resume.parse;

import java.util.regex.Pattern;

/**
 * Time away from work printed in an experience timeline ("Career break", "Elternzeit", "Pausa di carriera"): dated
 * like a job, but no job, so it opens no experience entry of its own and takes none of the next job's lines.
 */
final class CareerBreaks {
    private static final Pattern BREAK = Pattern.compile("(?iu)(?<![\\p{L}])(career (?:break|gap|pause)|gap year"
            + "|(?:parental|maternity|paternity|family|caregiving|carer'?s) (?:leave|break)|sabbatical|elternzeit"
            + "|karrierepause|berufspause|familienpause|congé (?:parental|maternité|paternité|sabbatique)"
            + "|pausa (?:di carriera|lavorativa)|congedo (?:parentale|di maternità)|excedencia|baja (?:de )?maternidad"
            + "|licença(?:-| )(?:maternidade|paternidade)|pausa na carreira|przerwa w karierze"
            + "|urlop (?:macierzyński|rodzicielski|wychowawczy)|ouderschapsverlof|loopbaanonderbreking)(?![\\p{L}])");

    private CareerBreaks() {
    }

    /** The text names a break from work. */
    static boolean names(String text) {
        return BREAK.matcher(text).find();
    }
}
