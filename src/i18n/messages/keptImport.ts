/**
 * Words about imported data kept in the browser: the notes about the kept import (a record that
 * can no longer be opened, another tab's change) and the Embed dialog's choices for imported
 * data. Rarely shown, so they are not in the shared table (translate.ts) that every first load
 * carries: the components that show them load them with themselves (keptImportText.ts).
 */
export const keptImportEn = {
  "kept.unnamed": "an earlier import",
  "kept.discarded":
    "The data imported earlier and kept in this browser ({what}) can no longer be opened, so it is not shown.",
  "kept.why": "What is wrong with it:",
  "kept.more": "and {count} more.",
  "kept.discardedKeep":
    "Save the raw record to keep a copy: dismissing this message removes it from this browser.",
  "kept.saveRaw": "Save the raw record",
  "kept.dismissRemove": "Dismiss and remove it",
  "kept.elsewhere": "Another tab kept other imported data in this browser: {title} ({name}).",
  "kept.elsewhereReplaced":
    "The data shown here is no longer kept: only one import is kept at a time. Save it as Détente JSON to keep a copy.",
  "kept.show": "Show it",
  "kept.dismiss": "Dismiss",
  "kept.removedElsewhere":
    "Another tab removed {title} from this browser. It stays on screen here until this tab is reloaded or closed.",
  "kept.keepAgain": "Keep it in this browser again",
  "kept.otherKept":
    "Removed from this tab only. The data kept in this browser is {title} ({name}), kept by another tab; it stays kept.",
  "kept.gone": "That import is no longer kept in this browser: another tab removed it.",
  "embedImported.intro":
    "The data on screen was imported into this browser only: no other page can load it from here. Two ways work:",
  "embedImported.choice": "How to embed it",
  "embedImported.mode.src": "Publish the file and embed its address",
  "embedImported.mode.srcHint":
    "Save the data as Détente JSON, put the file on your site, and give its address here.",
  "embedImported.mode.inline": "Download a self-contained embed",
  "embedImported.mode.inlineHint":
    "One HTML file with the data inside: open it in a browser, or paste its code into your page.",
  "embedImported.element":
    "Both use the web component, loaded from this site; it shows the same period, topics, language and theme.",
  "embedImported.save": "Save as Détente JSON",
  "embedImported.address": "Address of the published file",
  "embedImported.addressHint":
    "A page on another site can load the file only if its server allows it (CORS).",
  "embedImported.addressInvalid": "Enter a web address starting with https:// or http://.",
  "embedImported.placeholder": "https://example.org/data/{file}",
  "embedImported.download": "Download the embed (HTML)",
  "embedImported.previewWaiting": "The preview appears once the address is given.",
  "embedImported.tooLong":
    "The code holds {size} of data, too much to show here: download the file, or copy the code unseen.",
} as const;

export const keptImportEs: Record<keyof typeof keptImportEn, string> = {
  "kept.unnamed": "una importación anterior",
  "kept.discarded":
    "Los datos importados antes y guardados en este navegador ({what}) ya no se pueden abrir, así que no se muestran.",
  "kept.why": "Qué tienen de malo:",
  "kept.more": "y {count} más.",
  "kept.discardedKeep":
    "Guarde el registro tal cual para conservar una copia: al cerrar este mensaje se borra de este navegador.",
  "kept.saveRaw": "Guardar el registro tal cual",
  "kept.dismissRemove": "Cerrar y borrarlo",
  "kept.elsewhere":
    "Otra pestaña guardó otros datos importados en este navegador: {title} ({name}).",
  "kept.elsewhereReplaced":
    "Los datos que se ven aquí ya no están guardados: solo se guarda una importación a la vez. Guárdelos como JSON de Détente para conservar una copia.",
  "kept.show": "Mostrarlos",
  "kept.dismiss": "Cerrar",
  "kept.removedElsewhere":
    "Otra pestaña borró {title} de este navegador. Sigue en pantalla aquí hasta que se recargue o se cierre esta pestaña.",
  "kept.keepAgain": "Volver a guardarlos en este navegador",
  "kept.otherKept":
    "Quitados solo de esta pestaña. Los datos guardados en este navegador son {title} ({name}), de otra pestaña, y siguen guardados.",
  "kept.gone": "Esa importación ya no está guardada en este navegador: otra pestaña la borró.",
  "embedImported.intro":
    "Los datos en pantalla se importaron solo en este navegador: ninguna otra página puede cargarlos desde aquí. Hay dos formas que funcionan:",
  "embedImported.choice": "Cómo insertarlos",
  "embedImported.mode.src": "Publicar el archivo e insertar su dirección",
  "embedImported.mode.srcHint":
    "Guarde los datos como JSON de Détente, suba el archivo a su sitio e indique aquí su dirección.",
  "embedImported.mode.inline": "Descargar una inserción autónoma",
  "embedImported.mode.inlineHint":
    "Un archivo HTML con los datos dentro: ábralo en un navegador o pegue su código en su página.",
  "embedImported.element":
    "Ambas usan el componente web, cargado desde este sitio; muestra el mismo periodo, temas, idioma y tema visual.",
  "embedImported.save": "Guardar como JSON de Détente",
  "embedImported.address": "Dirección del archivo publicado",
  "embedImported.addressHint":
    "Una página de otro sitio solo puede cargar el archivo si su servidor lo permite (CORS).",
  "embedImported.addressInvalid": "Escriba una dirección web que empiece por https:// o http://.",
  "embedImported.placeholder": "https://example.org/datos/{file}",
  "embedImported.download": "Descargar la inserción (HTML)",
  "embedImported.previewWaiting": "La vista previa aparece cuando se indica la dirección.",
  "embedImported.tooLong":
    "El código contiene {size} de datos, demasiado para mostrarlo aquí: descargue el archivo o copie el código sin verlo.",
};
