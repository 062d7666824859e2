package io.github.frivillig.core.code;

import io.github.frivillig.core.municipality.Country;
import io.github.frivillig.core.value.PartialDate;

/**
 * National frameworks for the cooperation between the public sector and the voluntary sector, which municipal
 * policies build on and whose commitments their principles may refer to.
 * <p>
 * The list is small and closed in code; a policy can name any other framework through a
 * {@link io.github.frivillig.core.policy.Foundation} with a title of its own.
 */
public enum NationalFramework implements Coded {
    /**
     * Norway: <i>Frivillighetserklæringen</i> (<i>Frivilligerklæringa</i>), the Government's declaration for its
     * cooperation with the voluntary sector, presented by the Government (Kulturdepartementet) on 1 June 2015
     * after a consultation on a draft of December 2014 (regjeringen.no, "Frivilligerklæringa /
     * Frivillighetserklæringen").
     */
    NO_FRIVILLIGHETSERKLAERINGEN("no-frivillighetserklaeringen-2015", Country.NORWAY, PartialDate.parse("2015-06-01"),
            "Regjeringen (Kulturdepartementet)"),
    /**
     * Denmark: <i>Charter for samspil mellem den frivillige verden og det offentlige</i>, the charter for the
     * cooperation between the voluntary world and the public sector, published on 1 July 2013 by the Government
     * with voluntary organisations, KL and Danske Regioner, renewing the charter of 2001 (Frivilligrådet,
     * "Charter for samspil"; Social- og Integrationsministeriet's press release of 1 July 2013).
     */
    DK_FRIVILLIGHEDSCHARTER("dk-frivillighedscharter-2013", Country.DENMARK, PartialDate.parse("2013-07-01"),
            "Regeringen, frivillige organisationer, KL og Danske Regioner"),
    /**
     * Sweden: <i>Överenskommelsen mellan regeringen, idéburna organisationer inom det sociala området och Sveriges
     * Kommuner och Landsting</i>, the agreement between the Government, the non-profit organisations in the social
     * field and SALAR, made in the autumn of 2008 (the Government's report to the Riksdag, skr. 2008/09:207 of 4
     * June 2009), on which Swedish municipalities' local agreements (<i>lokala överenskommelser</i>) build.
     */
    SE_OVERENSKOMMELSEN("se-overenskommelsen-2008", Country.SWEDEN, PartialDate.parse("2008-23"),
            "Regeringen, idéburna organisationer inom det sociala området och Sveriges Kommuner och Landsting");

    private final String code;
    private final Country country;
    private final PartialDate issued;
    private final String issuedBy;

    NationalFramework(String code, Country country, PartialDate issued, String issuedBy) {
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
     * Returns when the framework was issued, as precisely as its sources say.
     *
     * @return the issue date, not null
     */
    public PartialDate issued() {
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
