namespace CoopAssistant.Claims.Model;

/// <summary>Activity types from the core requirements (FACTS A); hints and caps live in <see cref="Rules.ActivityTypeCatalog"/>.</summary>
public enum ActivityType
{
    PrintAdvertising = 0,
    DigitalAdvertising = 1,
    DirectMarketing = 2,
    WebsiteOrSeo = 3,
    SyndicatedContent = 4,
    Telemarketing = 5,
    Seminar = 6,
    TradeShow = 7,
    CustomerOffer = 8,
    OnSiteChamp = 9,
    Readiness = 10,
    MicrosoftHostedConference = 11,
    DemoUnits = 12,
    TelevisionOrRadio = 13,
}
