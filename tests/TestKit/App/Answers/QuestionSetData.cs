namespace CoopAssistant.TestKit.App.Answers;

/// <summary>
/// The question sets, one question a line: expected article id, a tab, the question as people type it
/// ("unknown" = the answer must be "I don't know"). Kept in code so the tests and bench/Answers.Bench share them.
/// The "held-out" sets here were written before the issue-7 tuning; since issue 20 they are tuning data like the rest, and
/// the real held-out sets (never used for tuning, scored on article, passage and computed date) are HeldOut/*.json.
/// </summary>
public static class QuestionSetData
{
    public const string EnglishTuning = """
        # expected article id <TAB> question as people type it ("unknown" = must answer "I don't know")
        claim-contents	what do i need to include in a claim
        claim-contents	what documents does a claim need
        claim-contents	wat do i attach to my claim??
        claim-contents	checklist for a successfull claim
        claim-contents	what evidence is required for co-op claim
        deadline	when is my claim due?
        deadline	whats the deadline to submit claims
        deadline	how long do i have to file a claim after the usage period
        deadline	is there a time limit for claims
        deadline	45 days from when exactly?
        deadline	last day to submit a claim
        deadline	i missed the deadlne can i still submit
        retention	how long should i keep the original documents
        retention	do i need to keep originals after the claim is paid
        retention	retention period for proof of execution docs
        retention	how many months do we keep the originals
        roles	who can submit a claim
        roles	what role do i need in partner center to file claims
        roles	can a global admin file a claim
        roles	incentives user vs incentives administrator
        programs	which programs use co-op claims
        programs	what is the online services advisor program
        programs	is dynamics isv a coop program
        programs	do i need microsoft to approve my activity plan before
        proof-of-execution	what counts as proof of execution
        proof-of-execution	poe for a trade show
        proof-of-execution	what proof do i need for digital ads
        proof-of-execution	proof for a webinar or seminar
        proof-of-execution	whats the cap for syndicated content
        proof-of-execution	how much can we spend on SPIFFs
        proof-of-execution	how many people can go to a microsoft conference
        proof-of-execution	telemarketing campaign what proof
        proof-of-execution	demo units limit
        certification-statement	what is a CSR
        certification-statement	we did the work in house, no vendor. what do i attach
        certification-statement	certification statement and report for internal work
        vendor-invoices	do i need vendor invoices
        vendor-invoices	invoice from our agency, is that needed?
        vendor-invoices	can a claim have invoices in 2 currencies
        additional-documentation	partner center asked for more documents what now
        additional-documentation	how many days do i have to answer a documentation request
        additional-documentation	can i edit a claim after i submitted it
        disputes	my claim was rejected, can i dispute it?
        disputes	how long does a dispute take
        cpor	what is CPOR
        cpor	how do i associate a customer to a claim
        cpor	what info do i need for a customer association
        usage-periods	when is the H1 earning period
        usage-periods	what is the usage period
        usage-periods	funds earned in january when can i use them
        payment	when do i get paid
        payment	when will the money arrive after approval
        create-claim	how do i create a claim in partner center
        create-claim	what does partner action required mean
        create-claim	claim statuses
        create-claim	can i put two activities in one claim
        using-this-bot	what can this bot do
        using-this-bot	help
        using-this-bot	how do i use you
        deadline	the usage period ended on 6/30/2026, when is the claim due
        deadline	my usage period finishes december 31 2026 whats the last day to submit
        deadline	what time on the last day does partner center close claims
        retention	we ran the event on 2026-04-02, how long must we keep the originals
        retention	can i throw away the originals after two years
        payment	whats the minimum balance before a payout
        payment	my bank details are incomplete, will i still get paid
        payment	is there a payment threshold for co-op earnings
        claim-contents	do i need an invoice or a csr on every claim
        claim-contents	claim without any cost documents, is that ok
        vendor-invoices	can i put invoices in euros and dollars on one claim
        proof-of-execution	what does telemarketing need as proof
        proof-of-execution	proof for our webinar series
        proof-of-execution	tradeshow booth evidence
        proof-of-execution	e mail newsletter proof
        proof-of-execution	what proof for a printed magazine ad
        proof-of-execution	poe for banner ads
        create-claim	can i submit claims through an api
        programs	where is the co-op guidebook
        certification-statement	how do i generate a certification service report
        disputes	how do i contest a rejection
        additional-documentation	reviewer wants more docs, how long do i have to reply
        proof-of-execution	we did some facebook ads last quarter, which proof works
        proof-of-execution	our sales team made cold calls to leads, what do we upload
        proof-of-execution	flyers were mailed to customers, how do we prove it
        proof-of-execution	booth pictures from the fair, do those count
        retention	is it ok to destroy the paper originals after approval
        retention	how many years must the poe originals be stored
        payment	my payout seems blocked, what could hold it
        additional-documentation	reviewer asked for details, am i allowed to change the claim now
        create-claim	can teammates add files to a claim i started
        programs	is there a handbook that explains the whole program
        cpor	which ids do i enter for a customer association
        usage-periods	when do we spend what we earned in the first half
        unknown	which email app should i install on my phone
        unknown	can you print this page for me
        unknown	is microsoft build a good conference to attend
        unknown	how do i change the currency in excel
        unknown	what is the deadline for my tax return
        unknown	what's the weather?
        unknown	what's the weather like in seattle tomorrow
        unknown	what is the capital of france
        unknown	tell me a joke
        unknown	who won the world cup
        unknown	how do i reset my windows password
        unknown	best pizza near me
        unknown	how do i cook rice
        unknown	what time is it
        unknown	translate hello to spanish
        unknown	how tall is mount everest
        unknown	recommend a good movie
        unknown	how do i install teams on linux
        unknown	whats the stock price of microsoft
        unknown	what is the meaning of life
        unknown	how do i file my income tax return
        unknown	book a meeting room for tomorrow
        unknown	how do i change my outlook signature
        unknown	what's 2+2
        unknown	where is the nearest airport
        unknown	who is the ceo of microsoft
        unknown	how many calories in a banana
        """;

    public const string PortugueseTuning = """
        # id do artigo esperado <TAB> pergunta como as pessoas digitam ("unknown" = deve responder "não sei")
        proof-of-execution	o que preciso anexar para uma feira?
        claim-contents	o que precisa ter numa reivindicacao
        claim-contents	quais documentos tenho q mandar no claim
        claim-contents	o que uma declaração de cooperação precisa incluir
        claim-contents	lista de evidencias pra reivindicação
        deadline	qual o prazo pra enviar a reivindicação?
        deadline	quando vence meu claim
        deadline	ate quando posso mandar a declaracao
        deadline	prazo de 45 dias conta a partir de quando
        deadline	quanto tempo tenho depois do fim do periodo de uso
        deadline	perdi o prazo, e agora?
        deadline	qual a data limite
        retention	por quanto tempo tenho que guardar os documentos originais
        retention	preciso manter os originais depois de pago?
        retention	quanto tempo guardar comprovantes
        retention	guardar POE por 24 meses?
        roles	quem pode enviar uma reivindicação
        roles	que funcao preciso no partner center
        roles	administrador global pode criar claim?
        roles	diferença entre usuario de incentivos e administrador de incentivos
        programs	quais programas usam reivindicação de cooperação
        programs	o que é o programa online services advisor
        programs	dynamics isv entra no coop?
        programs	preciso de aprovação previa do plano de atividades?
        proof-of-execution	o que vale como comprovação de execução
        proof-of-execution	comprovante para feira de negocios
        proof-of-execution	que prova preciso para anuncio digital
        proof-of-execution	comprovação de seminario
        proof-of-execution	limite para conteudo distribuido
        proof-of-execution	quanto posso gastar com spiff
        proof-of-execution	quantas pessoas podem ir numa conferencia da microsoft
        proof-of-execution	telemarketing o que mandar de prova
        proof-of-execution	limite das unidades de demonstração
        certification-statement	o que é SAC
        certification-statement	fizemos o trabalho internamente sem fornecedor, o que anexo?
        certification-statement	declaração e relatório de certificação
        vendor-invoices	preciso das notas fiscais dos fornecedores?
        vendor-invoices	fatura da agencia precisa ir?
        vendor-invoices	posso ter faturas em duas moedas
        additional-documentation	o partner center pediu mais documentos, e agora
        additional-documentation	quantos dias tenho pra responder um pedido de documentação
        additional-documentation	posso editar a reivindicação depois de enviar
        disputes	minha reivindicação foi rejeitada, posso contestar?
        disputes	quanto tempo demora a analise da contestação
        cpor	o que é CPOR
        cpor	como associo um cliente
        cpor	o que preciso pra associação de cliente
        usage-periods	quando é o periodo H1
        usage-periods	o que é periodo de uso
        usage-periods	fundos ganhos em janeiro quando posso usar
        payment	quando recebo o pagamento
        payment	quando cai o dinheiro depois de aprovada
        create-claim	como criar uma reivindicação no partner center
        create-claim	o que significa partner action required
        create-claim	quais os status da reivindicação
        create-claim	posso juntar duas atividades numa reivindicação
        using-this-bot	o que esse bot faz
        using-this-bot	ajuda
        using-this-bot	como te uso
        deadline	o período de uso terminou em 30/06/2026, qual o prazo da reivindicação
        deadline	semestre acaba em 31 de dezembro de 2026, até quando envio
        deadline	até que horas posso enviar no último dia
        retention	fizemos o evento em 02/04/2026, até quando guardo os documentos originais
        retention	posso jogar fora os originais depois de dois anos
        payment	qual o valor mínimo para receber o pagamento
        payment	meus dados bancários estão incompletos, vou receber?
        claim-contents	toda reivindicação precisa de fatura ou SAC?
        claim-contents	reivindicação sem nenhum documento de custo, pode?
        vendor-invoices	posso ter notas em euros e reais na mesma reivindicação
        proof-of-execution	o que o telemarketing precisa como prova
        proof-of-execution	prova para nossa série de webinars
        proof-of-execution	evidência de estande em feira
        proof-of-execution	prova de newsletter por e mail
        proof-of-execution	prova para anúncio em jornal
        proof-of-execution	poe de banner na internet
        create-claim	dá para enviar reivindicações por API?
        programs	onde está o guia de co-op
        certification-statement	como gero a declaração e relatório de certificação
        disputes	como contesto uma rejeição
        additional-documentation	o revisor quer mais documentos, quanto tempo tenho para responder
        proof-of-execution	fizemos anúncios no instagram, qual prova serve
        proof-of-execution	o time ligou para potenciais clientes, o que envio de evidência
        proof-of-execution	mandamos folhetos pelo correio, como provo
        proof-of-execution	fotos do nosso estande no evento, valem
        retention	posso destruir os originais em papel depois da aprovação
        retention	quantos anos preciso guardar os originais de POE
        payment	meu pagamento parece bloqueado, o que pode estar segurando
        additional-documentation	o revisor pediu detalhes, posso alterar a reivindicação agora
        create-claim	colegas do time podem anexar arquivos numa reivindicação que eu criei
        programs	tem um manual que explica o programa inteiro
        cpor	quais ids informo numa associação de cliente
        usage-periods	quando gastamos o que acumulamos no primeiro semestre
        unknown	qual aplicativo de e-mail devo instalar no celular
        unknown	pode imprimir esta página para mim
        unknown	o microsoft build é uma boa conferência
        unknown	como mudo a moeda no excel
        unknown	qual o prazo do meu imposto de renda
        unknown	qual é a capital da França?
        unknown	como esta o tempo hoje
        unknown	vai chover amanha em sao paulo
        unknown	me conta uma piada
        unknown	quem ganhou a copa do mundo
        unknown	como resetar minha senha do windows
        unknown	melhor pizzaria perto de mim
        unknown	como fazer arroz
        unknown	que horas sao
        unknown	traduz bom dia para ingles
        unknown	qual a altura do everest
        unknown	me indica um filme
        unknown	como instalar o teams no linux
        unknown	qual o preço da ação da microsoft
        unknown	qual o sentido da vida
        unknown	como declarar imposto de renda
        unknown	reservar sala de reunião pra amanha
        unknown	como mudo minha assinatura no outlook
        unknown	quanto é 2+2
        unknown	onde fica o aeroporto mais proximo
        unknown	quem é o ceo da microsoft
        unknown	quantas calorias tem uma banana
        """;

    public const string EnglishHeldOut = """
        # held-out questions: written before tuning and never used to tune the threshold or the boosts
        deadline	by when do we have to send in the claim + docs
        retention	do we have to archive the POE and for how long
        proof-of-execution	what do i show for an email campaign
        vendor-invoices	the agency sent us a bill, do we attach it
        disputes	i dont agree with the rejection
        cpor	customer tenant id for association
        payment	approved on the 10th, paid when?
        roles	im an incentives user can i submit
        usage-periods	what months are H2
        certification-statement	no invoice because our own staff did it
        unknown	how do i get to the airport
        unknown	what's a good recipe for lasagna
        unknown	when does the next iphone come out
        unknown	how do i renew my passport
        """;

    public const string PortugueseHeldOut = """
        # perguntas separadas: escritas antes do ajuste e nunca usadas para ajustar o limiar ou os pesos
        deadline	ate que dia tenho pra enviar o claim e os documentos
        retention	tenho que arquivar as provas? por quanto tempo
        proof-of-execution	o que mostro para uma campanha de email marketing
        vendor-invoices	a agencia mandou a nota, anexo?
        disputes	nao concordo com a rejeição
        cpor	id do tenant do cliente para associação
        payment	aprovada dia 10, quando pagam?
        roles	sou usuario de incentivos, posso enviar?
        usage-periods	quais meses são o H2
        certification-statement	sem fatura porque foi nossa equipe que fez
        unknown	como chego no aeroporto
        unknown	receita de lasanha
        unknown	quando sai o proximo iphone
        unknown	como renovar meu passaporte
        """;
}
