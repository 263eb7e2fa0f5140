// CoopAssistant on Azure: Azure Bot (Teams channel) -> Container Apps running the repository's Dockerfile image ->
// PostgreSQL Flexible Server; Key Vault holds the Data Protection certificate; Application Insights receives the app's
// OpenTelemetry traces and logs. Deployed by the Microsoft 365 Agents Toolkit (m365agents.yml: arm/deploy) with
// azure.parameters.json; its outputs are written back to env/.env.{environment}.
@minLength(4)
@maxLength(16)
@description('Lower-case letters and digits: the prefix of every resource name.')
param resourceBaseName string
param location string = resourceGroup().location
param botDisplayName string = 'CoopAssistant'
@description('The Entra app registration of the bot, its SSO and the add-in API (one app).')
param botAppId string
param botTenantId string
@secure()
param botPassword string
@description('The image the deploy step built (empty on the first provision).')
param containerImage string = ''
param postgresAdminLogin string = 'coopadmin'
@description('Optional: an Azure OpenAI resource endpoint (https://{resource}.openai.azure.com/) for the generative Q&A mode; empty = off.')
param azureOpenAIEndpoint string = ''
@description('Optional: its chat deployment name (required with an endpoint).')
param azureOpenAIChatDeployment string = ''
@secure()
param postgresAdminPassword string

var suffix = uniqueString(resourceGroup().id, resourceBaseName)

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${resourceBaseName}-app'
  location: location
}

resource scriptIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${resourceBaseName}-deploy'
  location: location
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: { name: resourceBaseName, location: location }
}

module registry 'modules/registry.bicep' = {
  name: 'registry'
  params: {
    name: take('${resourceBaseName}${suffix}', 50)
    location: location
    pullPrincipalId: identity.properties.principalId
  }
}

module vault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    name: take('${resourceBaseName}-${suffix}', 24)
    location: location
    readerPrincipalId: identity.properties.principalId
    scriptIdentityId: scriptIdentity.id
    scriptPrincipalId: scriptIdentity.properties.principalId
  }
}

module database 'modules/postgres.bicep' = {
  name: 'postgres'
  params: {
    name: '${resourceBaseName}-${suffix}'
    location: location
    administratorLogin: postgresAdminLogin
    administratorPassword: postgresAdminPassword
  }
}

module host 'modules/containerapp.bicep' = {
  name: 'containerapp'
  params: {
    name: resourceBaseName
    location: location
    containerImage: containerImage
    registryServer: registry.outputs.loginServer
    identityId: identity.id
    identityClientId: identity.properties.clientId
    workspaceName: monitoring.outputs.workspaceName
    insightsName: monitoring.outputs.insightsName
    botAppId: botAppId
    botTenantId: botTenantId
    botPassword: botPassword
    databaseConnectionString: 'Host=${database.outputs.host};Database=${database.outputs.databaseName};Username=${postgresAdminLogin};Password=${postgresAdminPassword};Ssl Mode=Require'
    certificateSecretUrl: vault.outputs.certificateSecretUrl
    azureOpenAIEndpoint: azureOpenAIEndpoint
    azureOpenAIChatDeployment: azureOpenAIChatDeployment
  }
}

module bot 'modules/azurebot.bicep' = {
  name: 'azurebot'
  params: {
    name: resourceBaseName
    displayName: botDisplayName
    botAppId: botAppId
    botTenantId: botTenantId
    messagingEndpoint: 'https://${host.outputs.fqdn}/api/messages'
  }
}

output BOT_DOMAIN string = host.outputs.fqdn
output BOT_ENDPOINT string = 'https://${host.outputs.fqdn}'
output AZURE_CONTAINER_APP_NAME string = host.outputs.name
output AZURE_CONTAINER_REGISTRY_NAME string = registry.outputs.name
output AZURE_CONTAINER_REGISTRY_SERVER string = registry.outputs.loginServer
output AZURE_KEY_VAULT_NAME string = vault.outputs.name
output AZURE_BOT_NAME string = bot.outputs.name
