//! Spanish boilerplate phrasings.

use crate::classify::patterns::{p, Pattern};
use crate::rule::{Family::*, Rule};

pub(super) static PATTERNS: &[Pattern] = &[
    p(
        Rule::Phrase(Share),
        r"^((compartir|comparte)( (este|esta) (artículo|entrada|publicación|página))?( (en|por|vía) [\w -]{1,20})?|me gusta|imprimir|enviar por (correo|e-?mail)|copiar (el )?enlace)\s*(:|!|\.|…)*$",
        &["Compartir:", "Me gusta:", "Compartir este artículo", "Compartir en Facebook"],
        &["No quería compartir este secreto con nadie, ni siquiera con su hermana."],
    ),
    p(
        Rule::Phrase(CommentForm),
        r"^(deja|dejar|escribe) (un|tu) (comentario|respuesta)( cancelar la respuesta)?\W*$|^(responder|cancelar (la )?respuesta|publicar (el )?comentario|comentarios?)\W*$|tu (dirección de )?correo electrónico no será publicad[ao]|los campos obligatorios están marcados",
        &["Deja un comentario", "Cancelar la respuesta", "Publicar el comentario", "Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *"],
        &["Responder a esa carta le llevó varias semanas de trabajo."],
    ),
    p(
        Rule::Phrase(Consent),
        r"\b(utilizamos|usamos|este (sitio|sitio web|portal) (utiliza|usa)) (las )?cookies\b|^(aceptar|rechazar)( todas?| todo)?( las cookies)?\W*$|^(configuración|ajustes|preferencias|política) de cookies\W*$|^(gestionar|configurar) (las )?cookies\W*$",
        &["Utilizamos cookies para mejorar su experiencia.", "Aceptar todas", "Rechazar todo", "Configuración de cookies"],
        &["Mi abuela hacía galletas todos los domingos para toda la calle."],
    ),
    p(
        Rule::Phrase(Newsletter),
        r"^((suscríbete|suscribirse|suscríbase|regístrate)( (a|en) (nuestro|el) (boletín|newsletter))?|boletín|newsletter|(tu|su|introduce tu) (dirección de )?(correo|e-?mail)( electrónico)?)\W*$",
        &["Suscríbete a nuestro boletín", "Suscribirse", "Tu correo electrónico"],
        &["El periódico dejó de enviar su boletín en primavera por falta de lectores."],
    ),
    p(
        Rule::Phrase(Account),
        r"^(iniciar sesión|cerrar sesión|acceder|entrar|registrarse|regístrate|crear (una )?cuenta|mi cuenta|¿?olvidaste tu contraseña\??|usuario|contraseña)(\s*(/|\||o)\s*(registrarse|regístrate|iniciar sesión|crear (una )?cuenta))?\W*$",
        &["Iniciar sesión", "Acceder / Registrarse", "¿Olvidaste tu contraseña?", "Mi cuenta"],
        &["Iniciar sesión en el servidor requería una clave que nadie tenía."],
    ),
    p(
        Rule::Phrase(Copyright),
        r"\btodos los derechos reservados\b",
        &["© 2024 Ejemplo Medios. Todos los derechos reservados."],
        &["El derecho a reservar una mesa no es un derecho, decía."],
    ),
    p(
        Rule::Phrase(SkipLink),
        r"^(saltar al contenido( principal)?|ir al contenido( principal)?|saltar a la navegación|volver arriba|ir arriba)\W*$",
        &["Saltar al contenido", "Ir al contenido principal", "Volver arriba"],
        &["Volver arriba de la montaña le costó el doble que bajar."],
    ),
    p(
        Rule::Phrase(Pagination),
        r"^página \d+ de \d+\W*$|^(«|‹|←|<)*\s*(siguiente|anterior|entradas (anteriores|siguientes|más recientes|antiguas)|página (siguiente|anterior))\s*(»|›|→|>)*$|^(cargar más|ver más|ver todo|mostrar más)\W*$",
        &["Página 2 de 9", "Siguiente »", "« Anterior", "Entradas anteriores", "Cargar más"],
        &["Al día siguiente fuimos a la costa y pasamos la tarde nadando."],
    ),
    p(
        Rule::Phrase(PostMeta),
        r"^(publicado|archivado) en:? [^.!?]+$|^(etiquetas|categorías?|temas|tags)\s*:.*$|^(escrito por|autor|autora)\s*:?\s+[^.!?:;]+$|^(\d+\s*min(utos)? de lectura|tiempo de lectura\s*:?\s*\d+\s*min(utos)?)\W*$",
        &["Publicado en Política, Europa", "Etiquetas: diplomacia, OTAN", "Escrito por María García", "5 min de lectura"],
        &["Publicado en un diario local, el texto causó un escándalo en toda la región."],
    ),
    p(
        Rule::Phrase(ReadMore),
        r"^(leer más|seguir leyendo|continuar leyendo|ver más|saber más|más información|haz clic aquí|más)\s*(»|›|→|>|…|\.)*$",
        &["Leer más", "Seguir leyendo »", "Más información"],
        &["Leer más libros, decía mi maestra, y escribirás mejor."],
    ),
    p(
        Rule::Phrase(Related),
        r"^(artículos (relacionados|similares|recientes|populares)|entradas (relacionadas|recientes)|noticias relacionadas|te puede interesar|también te puede interesar|quizás te interese|lo más leído|más leídas?|te recomendamos)\W*$",
        &["Artículos relacionados", "Te puede interesar", "Lo más leído"],
        &["Artículos relacionados con el caso aparecieron en varios periódicos la semana pasada."],
    ),
    p(
        Rule::Phrase(Navigation),
        r"^(inicio|menú|navegación|buscar|búsqueda|contacto|contáctanos|aviso legal|política de privacidad|quiénes somos|sobre nosotros|ayuda|carrito|mapa del sitio|términos y condiciones|accesibilidad)\W*$",
        &["Inicio", "Aviso legal", "Política de privacidad", "Quiénes somos"],
        &["Inicio de la temporada: las playas se llenaron de familias el sábado."],
    ),
    p(
        Rule::Phrase(Advertisement),
        r"^(publicidad|anuncio|patrocinado|contenido patrocinado)\W*$",
        &["Publicidad", "PUBLICIDAD", "Contenido patrocinado"],
        &["La publicidad representa ya la mitad de los ingresos del periódico."],
    ),
    p(
        Rule::Phrase(BrowserNotice),
        r"\bjavascript (está )?(desactivado|deshabilitado)\b|\b(habilita|activa) javascript\b|\btu navegador no (admite|soporta)\b",
        &["JavaScript está desactivado en tu navegador.", "Tu navegador no admite el vídeo."],
        &["JavaScript es un lenguaje de programación que se ejecuta en el navegador."],
    ),
    p(
        Rule::Phrase(CallToAction),
        r"^(añadir al carrito|comprar ahora|comprar|descargar|prueba gratis|solicitar presupuesto|pedir ahora)\W*$",
        &["Añadir al carrito", "Comprar ahora"],
        &["Comprar ahora una casa en el centro es casi imposible."],
    ),
    p(
        Rule::Counter,
        r"^\d[\d .,]*\s*(comentarios?|respuestas?|visitas|vistas|me gusta|valoraciones|reseñas)\W*$|^(sin comentarios|no hay comentarios)\W*$",
        &["12 comentarios", "Sin comentarios"],
        &["12 comentarios llegaron a la comisión antes del plazo."],
    ),
    p(
        Rule::DateOnly,
        r"^((publicado|actualizado)( el)?\s*:?\s*)?(lunes|martes|miércoles|jueves|viernes|sábado|domingo)?,?\s*\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)( de|,)? \d{4}(\s*(a las|,|-)?\s*\d{1,2}:\d{2}( h)?)?\W*$",
        &["19 de enero de 2022", "Publicado el 3 de marzo de 2021 a las 14:30", "Lunes, 5 de junio de 2023"],
        &["19 de enero de 2022 fue el día en que empezaron las negociaciones."],
    ),
];
