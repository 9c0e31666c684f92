//! Portuguese boilerplate phrasings (European and Brazilian).

use crate::classify::patterns::{p, Pattern};
use crate::rule::{Family::*, Rule};

pub(super) static PATTERNS: &[Pattern] = &[
    p(
        Rule::Phrase(Share),
        r"^((compartilhar|compartilhe|partilhar|partilhe)( (este|esta|isto|isso) ?(artigo|post|publicação|página)?)?( (no|na|em|via|por) [\w -]{1,20})?|curtir( isso)?|gosto|imprimir|enviar por e-?mail|copiar (o )?link)\s*(:|!|\.|…)*$",
        &[
            "Compartilhe isso:",
            "Curtir isso:",
            "Partilhar este artigo",
            "Compartilhar no Facebook",
        ],
        &["Ela não queria compartilhar esse segredo com ninguém, nem com a irmã."],
    ),
    p(
        Rule::Phrase(CommentForm),
        r"^(deixe|deixar|escreva) (um|seu|o seu) (comentário|resposta)( cancelar resposta)?\W*$|^(responder|cancelar resposta|(publicar|enviar) comentário|comentários?)\W*$|o seu endereço de (e-?mail|email) não será publicado|seu (endereço de )?e-?mail não será publicado|campos obrigatórios são marcados",
        &[
            "Deixe um comentário",
            "Cancelar resposta",
            "Publicar comentário",
            "O seu endereço de email não será publicado. Campos obrigatórios são marcados com *",
        ],
        &["Responder àquela carta levou várias semanas de trabalho."],
    ),
    p(
        Rule::Phrase(Consent),
        r"\b(utilizamos|usamos|este (site|sítio) (utiliza|usa)) cookies\b|^(aceitar|rejeitar|recusar)( todos| tudo)?( os cookies)?\W*$|^(configurações|definições|preferências|política|gerenciar|gerir) (de |dos )?cookies\W*$",
        &[
            "Utilizamos cookies para melhorar a sua experiência.",
            "Aceitar todos",
            "Rejeitar",
            "Definições de cookies",
        ],
        &["A minha avó fazia biscoitos todos os domingos para a rua inteira."],
    ),
    p(
        Rule::Phrase(Newsletter),
        r"^((assine|inscreva-se|subscreva|cadastre-se)( (na|em|a))?( (nossa|a))?( newsletter)?|newsletter|(seu|o seu|digite seu|insira o seu) (endereço de )?e-?mail)\W*$",
        &["Assine nossa newsletter", "Inscreva-se", "Seu e-mail"],
        &["O jornal deixou de enviar a newsletter na primavera por falta de leitores."],
    ),
    p(
        Rule::Phrase(Account),
        r"^(entrar|sair|login|iniciar sessão|terminar sessão|cadastre-se|cadastrar|registar|registrar|criar (uma )?conta|minha conta|a minha conta|esqueceu (a |sua )?senha\s*\??|esqueceu-se da palavra-passe\s*\??|usuário|utilizador|senha|palavra-passe)(\s*(/|\||ou)\s*(cadastre-se|registar|registrar|criar (uma )?conta|entrar))?\W*$",
        &[
            "Entrar",
            "Entrar / Cadastre-se",
            "Esqueceu sua senha?",
            "Minha conta",
        ],
        &["Entrar no servidor exigia uma chave que ninguém tinha."],
    ),
    p(
        Rule::Phrase(Copyright),
        r"\btodos os direitos reservados\b",
        &["© 2024 Exemplo Mídia. Todos os direitos reservados."],
        &["O direito de reservar uma mesa não é um direito, dizia ele."],
    ),
    p(
        Rule::Phrase(SkipLink),
        r"^(saltar|pular|ir) para (o )?conteúdo( principal)?\W*$|^(voltar ao topo|voltar para o topo|ir para o topo|topo)\W*$",
        &[
            "Saltar para o conteúdo",
            "Pular para o conteúdo principal",
            "Voltar ao topo",
        ],
        &["Voltar ao topo da montanha custou-lhe o dobro do esforço."],
    ),
    p(
        Rule::Phrase(Pagination),
        r"^página \d+ de \d+\W*$|^(«|‹|←|<)*\s*(próximo|próxima|anterior|seguinte|posts (anteriores|mais antigos|mais recentes)|artigos (anteriores|mais antigos)|página (seguinte|anterior))\s*(»|›|→|>)*$|^(carregar mais|ver mais|ver todos|mostrar mais)\W*$",
        &[
            "Página 2 de 9",
            "Próximo »",
            "« Anterior",
            "Posts mais antigos",
            "Carregar mais",
        ],
        &["No dia seguinte fomos para a costa e passamos a tarde nadando."],
    ),
    p(
        Rule::Phrase(PostMeta),
        r"^(publicado|arquivado) (em|sob):? [^.!?]+$|^(tags|etiquetas|categorias?|temas|marcadores)\s*:.*$|^(escrito por|autor|autora)\s*:?\s+[^.!?:;]+$|^(\d+\s*min(utos)? de leitura|tempo de leitura\s*:?\s*\d+\s*min(utos)?)\W*$",
        &[
            "Publicado em Política, Europa",
            "Tags: diplomacia, OTAN",
            "Escrito por Ana Souza",
            "5 min de leitura",
        ],
        &["Publicado em um jornal local, o texto causou escândalo em toda a região."],
    ),
    p(
        Rule::Phrase(ReadMore),
        r"^(leia mais|ler mais|continue lendo|continuar a ler|continuar lendo|saiba mais|clique aqui|mais)\s*(»|›|→|>|…|\.)*$",
        &["Leia mais", "Continuar a ler »", "Saiba mais"],
        &["Leia mais livros, dizia a professora, e vai escrever melhor."],
    ),
    p(
        Rule::Phrase(Related),
        r"^(artigos (relacionados|semelhantes|recentes|populares)|posts relacionados|notícias relacionadas|você (também )?pode gostar|também pode (gostar|interessar)|leia também|veja também|mais lid[oa]s)\W*$",
        &[
            "Artigos relacionados",
            "Você também pode gostar",
            "Leia também",
        ],
        &["Artigos relacionados ao caso saíram em vários jornais na semana passada."],
    ),
    p(
        Rule::Phrase(Navigation),
        r"^(início|página inicial|menu|navegação|pesquisar|buscar|busca|pesquisa|contato|contacto|contactos|fale conosco|sobre( nós)?|quem somos|política de privacidade|termos de uso|termos e condições|ajuda|carrinho|mapa do site|acessibilidade)\W*$",
        &[
            "Início",
            "Página inicial",
            "Política de privacidade",
            "Quem somos",
        ],
        &["Início de temporada: as praias encheram-se de famílias no sábado."],
    ),
    p(
        Rule::Phrase(Advertisement),
        r"^(publicidade|anúncio|patrocinado|conteúdo patrocinado)\W*$",
        &["Publicidade", "PUBLICIDADE", "Conteúdo patrocinado"],
        &["A publicidade representa já metade das receitas do jornal."],
    ),
    p(
        Rule::Phrase(BrowserNotice),
        r"\bjavascript (está )?(desativado|desabilitado)\b|\b(ative|habilite) (o )?javascript\b|\bseu navegador não (suporta|é compatível)\b",
        &[
            "O JavaScript está desativado no seu navegador.",
            "Seu navegador não suporta o vídeo.",
        ],
        &["JavaScript é uma linguagem de programação que roda no navegador."],
    ),
    p(
        Rule::Phrase(CallToAction),
        r"^(adicionar ao carrinho|comprar agora|comprar|baixar|descarregar|teste grátis|solicitar orçamento)\W*$",
        &["Adicionar ao carrinho", "Comprar agora"],
        &["Comprar agora uma casa no centro é quase impossível."],
    ),
    p(
        Rule::Counter,
        r"^\d[\d .,]*\s*(comentários?|respostas?|visualizações|curtidas|avaliações)\W*$|^(sem comentários|nenhum comentário)\W*$",
        &["12 comentários", "Nenhum comentário"],
        &["12 comentários chegaram à comissão antes do prazo."],
    ),
    p(
        Rule::DateOnly,
        r"^((publicado|atualizado|actualizado)( em)?\s*:?\s*)?\d{1,2} de (janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro) de \d{4}(\s*(às|,|-)?\s*\d{1,2}[:h]\d{2})?\W*$",
        &[
            "19 de janeiro de 2022",
            "Publicado em 3 de março de 2021 às 14h30",
        ],
        &["19 de janeiro de 2022 foi o dia em que começaram as negociações."],
    ),
];
