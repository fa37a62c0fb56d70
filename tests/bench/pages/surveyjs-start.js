// Starts the peer's two-question quiz (see surveyjs.html).
const survey = new Survey.Model({
  pages: [
    { elements: [{ type: 'radiogroup', name: 'adult', title: 'Are you 18 or older?', isRequired: true, choices: ['Yes', 'No, I am under 18'] }] },
    { elements: [{ type: 'radiogroup', name: 'pregnant', title: 'Are you pregnant or breastfeeding?', isRequired: true, choices: ['No', 'Yes'] }] },
  ],
});
survey.render(document.getElementById('survey'));
