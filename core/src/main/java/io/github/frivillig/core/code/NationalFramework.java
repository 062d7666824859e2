package io.github.frivillig.core.code;

import java.time.LocalDate;

import io.github.frivillig.core.municipality.Country;

/**
 * National frameworks for the cooperation between the public sector and the voluntary sector, which municipal
 * policies build on and whose commitments their principles may refer to.
 * <p>
 * The list is small and closed in code; a policy can name any other framework through a
 * {@link io.github.frivillig.core.policy.Foundation} with a title of its own.
 */
public enum NationalFramework implements Coded {
    /**
     * Norway: <i>Frivillighetserklæringen</i>, the declaration on the cooperation between the Government and the
     * voluntary sector, issued by the Government (Kulturdepartementet) on 15 August 2015 and agreed with the
     * voluntary sector and KS.
     */
    NO_FRIVILLIGHETSERKLAERINGEN("no-frivillighetserklaeringen-2015", Country.NORWAY, LocalDate.of(2015, 8, 15),
            "Regjeringen (Kulturdepartementet)"),
    /**
     * Denmark: <i>Charter for samspil mellem den frivillige verden og det offentlige</i>, the charter for
     * cooperation between the voluntary sector and the public sector, presented in 2013 by the Government,
     * Kommunernes Landsforening (KL), Danske Regioner and the voluntary sector.
     */
    DK_FRIVILLIGHEDSCHARTER("dk-frivillighedscharter-2013", Country.DENMARK, LocalDate.of(2013, 1, 1),
            "Regeringen, KL, Danske Regioner og den frivillige verden");

    private final String code;
    private final Country country;
    private final LocalDate issued;
    private final String issuedBy;

    NationalFramework(String code, Country country, LocalDate issued, String issuedBy) {
        this.code = code;
        this.country = country;
        this.issued = issued;
        this.issuedBy = issuedBy;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * Returns the country whose framework this is.
     *
     * @return the country, not null
     */
    public Country country() {
        return country;
    }

    /**
     * Returns when the framework was issued; for the Danish charter, known to the year only, the first day of it.
     *
     * @return the issue date, not null
     */
    public LocalDate issued() {
        return issued;
    }

    /**
     * Returns who issued the framework.
     *
     * @return the issuing bodies, not null
     */
    public String issuedBy() {
        return issuedBy;
    }
}
