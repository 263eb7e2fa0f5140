// The bot host: the repository's Dockerfile image on Azure Container Apps, behind HTTPS ingress on the image's port 8080, with
// its health endpoints as probes (/healthz liveness and startup, /readyz readiness: database and scheduler). Secrets (the app
// password, the PostgreSQL connection string, the Data Protection certificate from Key Vault) are Container Apps secrets; the
// certificate is mounted as a file. The environment's managed OpenTelemetry agent forwards the app's OTLP traces and logs to
// Application Insights (it sets OTEL_EXPORTER_OTLP_ENDPOINT, which the host's exporter reads).
param name string
param location string
@description('The image to run; empty until the first deploy builds one (a placeholder image answers meanwhile).')
param containerImage string
param registryServer string
param identityId string
param identityClientId string
param workspaceName string
param insightsName string
param botAppId string
param botTenantId string
@secure()
param botPassword string
@secure()
param databaseConnectionString string
param certificateSecretUrl string
@description('Optional generative mode (docs/answers-meaning.md): the Azure OpenAI resource endpoint; empty = off.')
param azureOpenAIEndpoint string = ''
@description('The chat deployment of that resource (with an endpoint).')
param azureOpenAIChatDeployment string = ''
param minReplicas int = 1
param maxReplicas int = 3

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' existing = {
  name: workspaceName
}

resource insights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: insightsName
}

// The managed OpenTelemetry agent (appInsightsConfiguration, openTelemetryConfiguration) is in the preview API versions only.
resource appEnvironment 'Microsoft.App/managedEnvironments@2025-02-02-preview' = {
  name: '${name}-env'
  location: location
  properties: {
    appLogsConfiguration: {
      destination: 'log-analytics'
      logAnalyticsConfiguration: {
        customerId: workspace.properties.customerId
        sharedKey: workspace.listKeys().primarySharedKey
      }
    }
    appInsightsConfiguration: {
      connectionString: insights.properties.ConnectionString
    }
    openTelemetryConfiguration: {
      tracesConfiguration: { destinations: ['appInsights'] }
      logsConfiguration: { destinations: ['appInsights'] }
    }
  }
}

var placeholder = empty(containerImage)
var port = placeholder ? 80 : 8080
var probes = placeholder ? [] : [
  {
    type: 'Startup'
    httpGet: { path: '/healthz', port: port }
    initialDelaySeconds: 3
    periodSeconds: 5
    failureThreshold: 24
  }
  {
    type: 'Liveness'
    httpGet: { path: '/healthz', port: port }
    periodSeconds: 15
    failureThreshold: 3
  }
  {
    type: 'Readiness'
    httpGet: { path: '/readyz', port: port }
    periodSeconds: 10
    failureThreshold: 3
  }
]

resource app 'Microsoft.App/containerApps@2025-01-01' = {
  name: name
  location: location
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    environmentId: appEnvironment.id
    configuration: {
      activeRevisionsMode: 'Single'
      ingress: {
        external: true
        targetPort: port
        transport: 'auto'
        allowInsecure: false
      }
      registries: [
        { server: registryServer, identity: identityId }
      ]
      secrets: [
        { name: 'bot-password', value: botPassword }
        { name: 'database', value: databaseConnectionString }
        { name: 'dataprotection-certificate', keyVaultUrl: certificateSecretUrl, identity: identityId }
      ]
    }
    template: {
      containers: [
        {
          name: 'bot'
          image: placeholder ? 'mcr.microsoft.com/k8se/quickstart:latest' : containerImage
          resources: { cpu: json('0.5'), memory: '1Gi' }
          // Keyless: the app's own Entra identity gets the Azure OpenAI token (it needs "Cognitive Services OpenAI User" there).
          env: concat([
            { name: 'MicrosoftAppId', value: botAppId }
            { name: 'MicrosoftAppPassword', secretRef: 'bot-password' }
            { name: 'MicrosoftAppType', value: 'SingleTenant' }
            { name: 'MicrosoftAppTenantId', value: botTenantId }
            { name: 'AzureAd__Instance', value: environment().authentication.loginEndpoint }
            { name: 'AzureAd__TenantId', value: botTenantId }
            { name: 'AzureAd__ClientId', value: botAppId }
            { name: 'AzureAd__ClientSecret', secretRef: 'bot-password' }
            // The add-in's scope on the one app registration (aad.manifest.json: api://{domain}/botid-{appId}).
            { name: 'AzureAd__ApplicationIdUri', value: 'api://${name}.${appEnvironment.properties.defaultDomain}/botid-${botAppId}' }
            { name: 'ConnectionStrings__CoopAssistant', secretRef: 'database' }
            { name: 'Storage__Provider', value: 'PostgreSQL' }
            { name: 'DataProtection__CertificatePath', value: '/mnt/secrets/dataprotection-certificate' }
            { name: 'AZURE_CLIENT_ID', value: identityClientId }
          ], empty(azureOpenAIEndpoint) ? [] : [
            { name: 'Answers__AzureOpenAI__Endpoint', value: azureOpenAIEndpoint }
            { name: 'Answers__AzureOpenAI__ChatDeployment', value: azureOpenAIChatDeployment }
          ])
          probes: probes
          volumeMounts: [
            { volumeName: 'secrets', mountPath: '/mnt/secrets' }
          ]
        }
      ]
      volumes: [
        {
          name: 'secrets'
          storageType: 'Secret'
          secrets: [
            { secretRef: 'dataprotection-certificate', path: 'dataprotection-certificate' }
          ]
        }
      ]
      scale: {
        minReplicas: minReplicas
        maxReplicas: maxReplicas
        rules: [
          { name: 'http', http: { metadata: { concurrentRequests: '50' } } }
        ]
      }
    }
  }
}

output name string = app.name
output fqdn string = app.properties.configuration.ingress.fqdn
