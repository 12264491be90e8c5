//! Nederlands: the default language.

use super::Texts;

/// The Dutch message table.
pub static NL: Texts = Texts {
    language_name: "Nederlands",
    tagline: "genogrammen en netwerkkaarten",
    menu_label: "Hoofdmenu",
    menu_new_genogram: "Nieuw genogram",
    menu_new_netwerkkaart: "Nieuwe netwerkkaart",
    menu_open: "Openen",
    menu_export: "Exporteren",
    menu_help: "Help",
    language_label: "Taal",
    canvas_label: "Tekenvlak",
    zoom_in: "Inzoomen",
    zoom_out: "Uitzoomen",
    zoom_fit: "Passend maken",
    zoom_status: "Zoom",
    panel_title: "Eigenschappen",
    panel_empty: "Selecteer een persoon of lijn om de eigenschappen te zien.",
    status_ready: "Klaar",
    status_local_only: "Gegevens blijven in deze browser",
    canvas_empty_hint: "Kies Nieuw genogram of Nieuwe netwerkkaart om te beginnen.",
    help_title: "Help",
    help_body: &[
        "Kring tekent genogrammen en netwerkkaarten. Alles wat u invoert blijft in deze browser; er wordt niets verstuurd.",
        "Verschuiven: sleep de achtergrond of gebruik de pijltjestoetsen. Zoomen: muiswiel, + en −, of Passend maken.",
    ],
    close: "Sluiten",
    crash_title: "Er ging iets mis in Kring",
    crash_advice: "Uw eerder opgeslagen werk is niet aangetast. Herlaad de pagina om verder te gaan.",
};
