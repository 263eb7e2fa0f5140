namespace CoopAssistant.Claims.Model;

/// <summary>Incentive programs named in the seed.</summary>
public enum ClaimProgram
{
    PartnerCoop = 0,
    OnlineServicesAdvisor = 1,
    DynamicsIsv = 2,
}
